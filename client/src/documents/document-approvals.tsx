// The approvals of the document's current round: who must decide (a person,
// or a role's holders), in which order (steps of one group together, groups
// one after another), each decision with who, when and why, and the version
// each approval is pinned to — an approval of version 1 says so when version 2
// is the latest. The one whose turn it is decides here (approval.decide), from
// a phone and offline too: the decision is sent when the network is back, and
// a refusal (someone decided first) is said on this card.
import {useQuery} from '@rocicorp/zero/react';
import {useState} from 'react';
import {rolesOf} from '#shared/auth/context.ts';
import {roleName} from '#shared/auth/role-name.ts';
import {describeError} from '#shared/errors-describe.ts';
import {mayDecide} from '#shared/finance/chain.ts';
import {formatDate} from '#shared/i18n/format.ts';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {memberContextOf, type Session} from '../session/session.ts';
import {useDeviceOnline} from '../sync/connection-indicator.tsx';
import {TextArea} from '../ui/field.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';
import type {DocWrite} from './doc-writes.ts';
import type {ApprovalRow, VersionRow} from './use-documents.ts';

type Props = {round: readonly ApprovalRow[]; versions: readonly VersionRow[]; session: Session; timeZone: string; writes: readonly DocWrite[]};
type Decision = 'approved' | 'returned' | 'rejected';

const NO_REASON = {text: ''};

function Decide({row}: {row: ApprovalRow}) {
  const {t} = useI18n();
  const write = useWrite();
  const [draft, setDraft, clearDraft] = useDraft(`approval-reason.${row.id}`, NO_REASON);
  const [error, setError] = useState<string>();
  const reason = draft.text.trim();
  async function decide(decision: Decision) {
    const r = await write(mutators.approval.decide({id: row.id, decision, reason, at: Date.now()}));
    if (r.ok) clearDraft();
    setError(r.ok ? undefined : r.message);
  }
  return (
    <div className="decide" data-testid="decide">
      <TextArea
        label={t('docs.approval.reason')}
        hint={t('docs.approval.reasonHint')}
        value={draft.text}
        onChange={(e) => setDraft({text: e.target.value})}
        rows={2}
      />
      <div className="chips decide-buttons">
        <button type="button" className="primary" onClick={() => void decide('approved')}>
          {t('docs.approval.approve')}
        </button>
        <button type="button" disabled={!reason} onClick={() => void decide('returned')}>
          {t('docs.approval.return')}
        </button>
        <button type="button" className="reject" disabled={!reason} onClick={() => void decide('rejected')}>
          {t('docs.approval.reject')}
        </button>
      </div>
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}

export function DocumentApprovals({round, versions, session, timeZone, writes}: Props) {
  const {t, locale} = useI18n();
  const [roles] = useQuery(queries.team.roles());
  const online = useDeviceOnline();
  if (!round.length) return null;
  const ctx = memberContextOf(session);
  const me = {memberId: ctx.memberID, roles: rolesOf(ctx)};
  const nameOfRole = (key: string) => roleName({key, name: roles.find((r) => r.key === key)?.name}, locale, t);
  const numberOf = new Map(versions.map((v) => [v.id, v.number]));
  const latest = Math.max(0, ...versions.map((v) => v.number));
  const rows = [...round].sort((a, b) => a.grp - b.grp || a.created_at - b.created_at);
  const sent = new Map(writes.filter((w) => w.name === 'approval.decide').map((w) => [String(w.args.id), w]));
  return (
    <section className="section doc-approvals">
      <h2>{t('docs.approvals')}</h2>
      <ol className="approval-list">
        {rows.map((row) => {
          const pinned = row.version_id ? numberOf.get(row.version_id) : undefined;
          const mine = sent.get(row.id);
          const turn = !(mine && mine.state !== 'attention') && mayDecide(row, rows, me);
          return (
            <li key={row.id} className={`approval decision-${row.decision}`} data-step={row.step_key} data-decision={row.decision}>
              <div className="approval-head">
                <strong className="wrap-anywhere">{row.name}</strong>
                <span className={`badge decision decision-${row.decision}`}>{t(`docs.decision.${row.decision}`)}</span>
              </div>
              <div className="row-meta">
                <span className="wrap-anywhere">{row.member_id ? (row.member?.name ?? '…') : t('docs.approval.anyOf', {role: nameOfRole(row.role)})}</span>
                {pinned !== undefined ? (
                  <span className={pinned < latest ? 'pinned stale' : 'pinned'}>
                    {pinned < latest ? t('docs.approval.pinnedOld', {number: pinned, latest}) : t('docs.approval.pinned', {number: pinned})}
                  </span>
                ) : null}
              </div>
              {row.decided_at != null ? (
                <div className="row-meta">
                  <span>{row.decider?.name ?? '…'}</span>
                  <time>{formatDate(row.decided_at, timeZone, locale, 'short')}</time>
                </div>
              ) : null}
              {row.reason ? <p className="approval-reason wrap-anywhere">{row.reason}</p> : null}
              {mine && (mine.state === 'queued' || (mine.state === 'handed' && !online)) ? (
                <div className="banner handing" role="status">
                  {t('docs.approval.sending', {decision: t(`docs.decision.${String(mine.args.decision)}` as 'docs.decision.approved')})}
                </div>
              ) : null}
              {mine?.state === 'attention' && mine.error ? (
                <div className="alert" role="alert">
                  {t('error.refusedOnServer', {reason: describeError(mine.error, t, {locale})})}
                </div>
              ) : null}
              {turn ? <Decide row={row} /> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
