import {useConnectionState} from '@rocicorp/zero/react';
import {useT} from '../i18n/i18n.tsx';

/** Always visible: online, connecting, or offline-and-safe. */
export function ConnectionIndicator() {
  const state = useConnectionState();
  const t = useT();
  const kind =
    state.name === 'connected' ? 'online' : state.name === 'connecting' ? 'connecting' : state.name === 'needs-auth' ? 'auth' : 'offline';
  const label =
    kind === 'online' ? t('conn.online') : kind === 'connecting' ? t('conn.connecting') : kind === 'auth' ? t('conn.needsAuth') : t('conn.offline');
  return (
    <span className={`conn conn-${kind}`} data-state={state.name} role="status" aria-live="polite" title={label}>
      <span className="conn-dot" aria-hidden="true" />
      <span className="conn-label">{label}</span>
    </span>
  );
}
