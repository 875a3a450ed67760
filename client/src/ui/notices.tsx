import {useT} from '../i18n/i18n.tsx';
import {useWriter} from '../write/writer.tsx';

/** Refusals that arrive later from the server, shown until dismissed. */
export function Notices() {
  const {notices, dismiss} = useWriter();
  const t = useT();
  if (!notices.length) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className="notice">
          <span>{n.message}</span>
          <button type="button" className="link" onClick={() => dismiss(n.id)}>
            {t('action.close')}
          </button>
        </div>
      ))}
    </div>
  );
}
