import {useState} from 'react';
import {mutators} from '../../sync/mutators.ts';
import {localizedText} from '#shared/workflow/resolve.ts';
import type {Workflow} from '#shared/workflow/types.ts';
import {useI18n} from '../../i18n/i18n.tsx';
import {useWrite} from '../../write/writer.tsx';

/** The workflow was edited and this request's status is gone: nothing is lost, a person picks where it goes. */
export function OrphanMover({requestId, status, workflow}: {requestId: string; status: string; workflow: Workflow}) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const [to, setTo] = useState(workflow.initial);
  const [error, setError] = useState<string>();
  return (
    <div className="orphan alert-warn" role="status">
      <p>{t('requests.orphanStatus', {status})}</p>
      <div className="inline-form">
        <select aria-label={t('requests.status')} value={to} onChange={(e) => setTo(e.target.value)}>
          {workflow.statuses.map((s) => (
            <option key={s.key} value={s.key}>
              {localizedText(s.name, locale)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="primary"
          onClick={async () => {
            const r = await write(mutators.request.moveOrphan({id: requestId, to, at: Date.now()}));
            setError(r.ok ? undefined : r.message);
          }}
        >
          {t('requests.moveTo')}
        </button>
      </div>
      {error ? <div className="alert">{error}</div> : null}
    </div>
  );
}
