// The moves the request's workflow allows from here, as buttons. A move the
// person cannot make yet is shown disabled with the reasons (the same engine
// the server refuses with); a move that needs a reason asks for it first.
import {useState} from 'react';
import {uuidv7} from 'uuidv7';
import {can} from '#shared/auth/can.ts';
import {mutators} from '../sync/mutators.ts';
import {checkMove, movesFrom, type RequestSnapshot} from '#shared/workflow/engine.ts';
import {describeBlockers} from '#shared/workflow/describe.ts';
import {localizedText} from '#shared/workflow/resolve.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {memberContextOf, type Session} from '../session/session.ts';
import {TextArea} from '../ui/field.tsx';
import {useWrite} from '../write/writer.tsx';
import {useRequestConfig} from './use-request-config.ts';
import {useRoleName} from './use-role-name.ts';

type Props = {id: string; typeId: string | null | undefined; snapshot: RequestSnapshot; session: Session};

export function StatusActions({id, typeId, snapshot, session}: Props) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const config = useRequestConfig();
  const roleName = useRoleName();
  const [error, setError] = useState<string>();
  const [asking, setAsking] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const workflow = config.workflowOf(typeId);
  const fields = config.fieldsOf(typeId);
  const ctx = memberContextOf(session);
  const mayEdit = can(ctx, 'requests.update');
  const moves = movesFrom(workflow, snapshot.status);
  if (!moves.length) return null;

  async function move(to: string, comment?: string) {
    setError(undefined);
    const r = await write(mutators.request.setStatus({id, from: snapshot.status, to, at: Date.now(), ...(comment && {comment, commentId: uuidv7()})}));
    if (!r.ok) setError(r.message);
    else {
      setAsking(null);
      setReason('');
    }
  }

  return (
    <div className="status-actions">
      <span className="label">{t('requests.changeStatus')}</span>
      <div className="chips">
        {moves.map((m) => {
          const target = workflow.statuses.find((s) => s.key === m.to);
          const blockers = checkMove(workflow, fields, snapshot, ctx, m.to, 'probe').filter((b) => b.kind !== 'comment_required');
          const needsReason = m.guards.some((g) => g.kind === 'comment_required');
          const label = m.label ? localizedText(m.label, locale) : localizedText(target?.name, locale);
          const why = blockers.length ? t('requests.whyDisabled', {reasons: describeBlockers(blockers, t, locale, roleName)}) : undefined;
          return (
            <button
              key={m.to}
              type="button"
              className="chip status-move"
              data-to={m.to}
              style={target ? {borderColor: target.color, color: target.color} : undefined}
              disabled={!mayEdit || blockers.length > 0}
              title={why}
              aria-describedby={why ? `why-${m.to}` : undefined}
              onClick={() => (needsReason ? setAsking(m.to) : void move(m.to))}
            >
              {label}
            </button>
          );
        })}
      </div>
      <ul className="why-list">
        {moves.map((m) => {
          const blockers = checkMove(workflow, fields, snapshot, ctx, m.to, 'probe').filter((b) => b.kind !== 'comment_required');
          return blockers.length ? (
            <li key={m.to} id={`why-${m.to}`}>
              <strong>{m.label ? localizedText(m.label, locale) : config.statusName(typeId, m.to)}:</strong> {describeBlockers(blockers, t, locale, roleName)}
            </li>
          ) : null;
        })}
      </ul>
      {asking ? (
        <form
          className="reason-form"
          onSubmit={(e) => {
            e.preventDefault();
            void move(asking, reason);
          }}
        >
          <TextArea
            label={t('requests.reason')}
            placeholder={t('requests.reasonPlaceholder')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            rows={3}
          />
          <div className="form-actions">
            <button type="button" onClick={() => setAsking(null)}>
              {t('action.cancel')}
            </button>
            <button className="primary" disabled={!reason.trim()}>
              {config.statusName(typeId, asking)}
            </button>
          </div>
        </form>
      ) : null}
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}
