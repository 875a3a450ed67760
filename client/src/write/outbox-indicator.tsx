import {useT} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {useOutboxCounts, useWriter} from './writer.tsx';

/** Always visible next to the connection state: what is waiting, what needs the user. */
export function OutboxIndicator() {
  const t = useT();
  const {waiting, attention} = useOutboxCounts();
  if (!waiting && !attention) return null;
  return (
    <Link href="/outbox" className={attention ? 'outbox-chip attention' : 'outbox-chip'} data-waiting={waiting} data-attention={attention}>
      {waiting ? (
        <span className="outbox-waiting" title={t('outbox.waitingCount', {count: waiting})}>
          <span className="long">{t('outbox.waitingCount', {count: waiting})}</span>
          <span className="short" aria-hidden="true">
            ⇡ {waiting}
          </span>
        </span>
      ) : null}
      {attention ? (
        <span className="outbox-attention" title={t('outbox.attentionCount', {count: attention})}>
          <span className="long">{t('outbox.attentionCount', {count: attention})}</span>
          <span className="short" aria-hidden="true">
            ! {attention}
          </span>
        </span>
      ) : null}
    </Link>
  );
}

export function StorageWarning() {
  const t = useT();
  const {storageWarning} = useWriter();
  if (storageWarning === null) return null;
  return (
    <div className="alert" role="alert">
      {t('storage.almostFull', {percent: storageWarning})}
    </div>
  );
}
