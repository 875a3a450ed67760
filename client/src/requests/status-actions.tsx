import {useState} from 'react';
import {can} from '../../../shared/auth/can.ts';
import {allowedTransitions} from '../../../shared/requests/status.ts';
import {useT} from '../i18n/i18n.tsx';
import {mutators} from '../../../shared/mutators/index.ts';
import type {Session} from '../session/session.ts';
import {memberContextOf} from '../session/session.ts';
import {useWrite} from '../write/writer.tsx';

/** The moves the workflow allows from here, as buttons; `from` records what the user saw. */
export function StatusActions({id, status, session}: {id: string; status: string; session: Session}) {
  const t = useT();
  const write = useWrite();
  const [error, setError] = useState<string>();
  const allowed = can(memberContextOf(session), 'requests.update');
  const next = allowedTransitions(status);
  if (!next.length) return null;
  return (
    <div className="status-actions">
      <span className="label">{t('requests.changeStatus')}</span>
      <div className="chips">
        {next.map((to) => (
          <button
            key={to}
            type="button"
            className={`chip status-${to}`}
            disabled={!allowed}
            onClick={async () => {
              setError(undefined);
              const r = await write(mutators.request.setStatus({id, from: status as never, to}));
              if (!r.ok) setError(r.message);
            }}
          >
            {t(`status.${to}`)}
          </button>
        ))}
      </div>
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}
