// Everything this device has not got confirmed yet: writes on their way, and
// writes the server refused — each with the user's own data, the reason in
// plain words, and a way out (send again, correct and send, or drop).
import {useQuery} from '@rocicorp/zero/react';
import {useState} from 'react';
import type {ErrorDetails} from '#shared/errors.ts';
import {describeError} from '#shared/errors-describe.ts';
import {formatDate} from '#shared/i18n/format.ts';
import {rebaseOver, resolutionsFor, withAlternative} from '#shared/outbox/classify.ts';
import {describeOp, editableFields} from '#shared/outbox/describe.ts';
import {queries} from '#shared/queries/index.ts';
import {FIELD_LABELS} from '#shared/validation/field-labels.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {useRoleName} from '../requests/use-role-name.ts';
import {TextArea} from '../ui/field.tsx';
import type {OpEntry} from './outbox-db.ts';
import {useWriter} from './writer.tsx';

type Args = Record<string, unknown>;

function OpSummary({op, timeZone}: {op: OpEntry; timeZone: string}) {
  const {t, locale} = useI18n();
  const roleName = useRoleName();
  const d = describeOp(op.name, (op.args ?? {}) as Args, t, (ms) => formatDate(ms, timeZone, locale, 'dateTime'), roleName);
  return (
    <>
      <div className="op-title">
        <strong>{d.title}</strong>
        <time>{t('outbox.made', {when: formatDate(op.createdAt, timeZone, locale, 'short')})}</time>
      </div>
      <dl className="op-lines">
        {d.lines.map((l) => (
          <div key={l.label}>
            <dt>{l.label}</dt>
            <dd>{l.value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function AttentionItem({op, timeZone}: {op: OpEntry; timeZone: string}) {
  const {t, locale} = useI18n();
  const {outbox} = useWriter();
  const details: ErrorDetails = op.error ?? {code: 'forbidden_state'};
  const args = (op.args ?? {}) as Args;
  const [editing, setEditing] = useState<Args | null>(null);
  const options = resolutionsFor(details, op.name);
  return (
    <li className="op attention" data-op={op.name}>
      <OpSummary op={op} timeZone={timeZone} />
      <div className="alert" role="alert">
        {describeError(details, t)}
      </div>
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void outbox?.resend(op.seq!, editing);
          }}
        >
          {editableFields(args).map((f) => (
            <TextArea
              key={f}
              label={FIELD_LABELS[f] ? t(FIELD_LABELS[f]) : f}
              value={String(editing[f] ?? '')}
              rows={f === 'text' || f === 'body' ? 3 : 1}
              onChange={(e) => setEditing({...editing, [f]: e.target.value})}
            />
          ))}
          <button className="primary">{t('outbox.send')}</button>
        </form>
      ) : (
        <div className="op-actions">
          {options.includes('pick-alternative') ? (
            <div className="pick-alternative">
              <p>{t('outbox.pickAlternative')}</p>
              <div className="slot-picks">
                {(details.alternatives ?? []).map((a) => (
                  <button
                    key={a.start}
                    type="button"
                    className="primary"
                    onClick={() => {
                      const next = withAlternative(op.name, args, a.start);
                      if (next) void outbox?.resend(op.seq!, next);
                    }}
                  >
                    {formatDate(a.start, timeZone, locale, 'short')}
                  </button>
                ))}
              </div>
            </div>
          ) : null}
          {options.includes('resend-over') ? (
            <button
              type="button"
              className="primary"
              onClick={() => {
                const next = rebaseOver(op.name, args, details);
                if (next) void outbox?.resend(op.seq!, next);
              }}
            >
              {t('outbox.resendOver')}
            </button>
          ) : null}
          {options.includes('edit') && editableFields(args).length ? (
            <button type="button" className="primary" onClick={() => setEditing(args)}>
              {t('outbox.editResend')}
            </button>
          ) : null}
          <button
            type="button"
            onClick={() => {
              if (confirm(t('outbox.discardConfirm'))) void outbox?.discard(op.seq!);
            }}
          >
            {t('outbox.discard')}
          </button>
        </div>
      )}
    </li>
  );
}

export function OutboxPage() {
  const {t} = useI18n();
  const {view} = useWriter();
  const [company] = useQuery(queries.company.current());
  const timeZone = company?.timezone ?? 'Asia/Almaty';
  const attention = view.ops.filter((o) => o.state === 'attention');
  const waiting = view.ops.filter((o) => o.state !== 'attention');
  return (
    <div className="page outbox-page">
      <h1>{t('outbox.title')}</h1>
      {!attention.length && !waiting.length ? <p className="muted">{t('outbox.empty')}</p> : null}
      {attention.length ? (
        <section className="panel">
          <h2>{t('outbox.attention')}</h2>
          <p className="muted">{t('outbox.attentionHint')}</p>
          <ul className="ops">
            {attention.map((op) => (
              <AttentionItem key={op.seq} op={op} timeZone={timeZone} />
            ))}
          </ul>
        </section>
      ) : null}
      {waiting.length ? (
        <section className="panel">
          <h2>{t('outbox.waiting')}</h2>
          <p className="muted">{t('outbox.waitingHint')}</p>
          <ul className="ops">
            {waiting.map((op) => (
              <li key={op.seq} className="op waiting" data-op={op.name}>
                <OpSummary op={op} timeZone={timeZone} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
