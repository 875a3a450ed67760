import {useConnectionState} from '@rocicorp/zero/react';
import {useSyncExternalStore} from 'react';
import {useT} from '../i18n/i18n.tsx';

/**
 * Whether the device has a network at all. The browser knows at once when
 * Wi-Fi or mobile data drops; Zero notices only when a ping goes unanswered
 * (seconds later), and then keeps "connecting" (it retries for days, see
 * create-zero.ts). A master must see "offline — saved on the device" the
 * moment it is true.
 */
function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}
export const useDeviceOnline = () =>
  useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );

/** Always visible: online, connecting, or offline-and-safe. */
export function ConnectionIndicator() {
  const zero = useConnectionState();
  const online = useDeviceOnline();
  const t = useT();
  const state = online ? zero.name : 'offline';
  const kind = state === 'connected' ? 'online' : state === 'connecting' ? 'connecting' : state === 'needs-auth' ? 'auth' : 'offline';
  const label = kind === 'online' ? t('conn.online') : kind === 'connecting' ? t('conn.connecting') : kind === 'auth' ? t('conn.needsAuth') : t('conn.offline');
  return (
    <span className={`conn conn-${kind}`} data-state={state} role="status" aria-live="polite" title={label}>
      <span className="conn-dot" aria-hidden="true" />
      <span className="conn-label">{label}</span>
    </span>
  );
}
