import {useConnectionState} from '@rocicorp/zero/react';
import {useSyncExternalStore} from 'react';
import {useT} from '../i18n/i18n.tsx';

/**
 * Whether the device has a network at all. The browser knows at once when
 * Wi-Fi or mobile data drops; Zero notices only when a ping goes unanswered
 * (seconds later), and then keeps "connecting" (it retries for days, see
 * create-zero.ts). A master must see "offline — saved on the device" the
 * moment it is true.
 *
 * `navigator.onLine` alone is not enough: a page the service worker serves
 * while the network is gone can start with it saying "online" (Chromium
 * 150 does so under an emulated offline network; crbug 678075 is the same on
 * real devices). So the server is also asked (`HEAD /healthz`, never cached)
 * when a page starts and whenever the browser says the network changed; while
 * it cannot be reached it is asked again every few seconds, since the
 * "online" event is not always told either.
 */
const PROBE_EVERY_MS = 5_000;
let reachable = true;
let probing: Promise<void> | undefined;
let retry: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function setReachable(value: boolean) {
  clearTimeout(retry);
  if (!value) retry = setTimeout(() => void probe(), PROBE_EVERY_MS);
  if (value === reachable) return;
  reachable = value;
  for (const l of listeners) l();
}

function probe(): Promise<void> {
  if (typeof fetch !== 'function' || typeof location === 'undefined') return Promise.resolve();
  probing ??= fetch('/healthz', {method: 'HEAD', cache: 'no-store'})
    .then(
      () => setReachable(true), // any answer, even a 503 while sync starts, means the server is there
      () => setReachable(false),
    )
    .finally(() => (probing = undefined));
  return probing;
}

function subscribe(onChange: () => void) {
  const changed = () => {
    onChange();
    void probe();
  };
  if (!listeners.size) void probe();
  listeners.add(onChange);
  window.addEventListener('online', changed);
  window.addEventListener('offline', changed);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('online', changed);
    window.removeEventListener('offline', changed);
  };
}
export const useDeviceOnline = () =>
  useSyncExternalStore(
    subscribe,
    () => navigator.onLine && reachable,
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
