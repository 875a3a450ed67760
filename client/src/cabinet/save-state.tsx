// The line under a form that says it saved (on this device at once, synced
// when the network is there) or what the refusal was.
import {useT} from '../i18n/i18n.tsx';

export type SaveState = {kind: 'idle'} | {kind: 'saved'} | {kind: 'error'; message: string};

export function SaveLine({state}: {state: SaveState}) {
  const t = useT();
  if (state.kind === 'saved')
    return (
      <span className="save-ok" role="status">
        ✓ {t('site.saved')}
      </span>
    );
  if (state.kind === 'error')
    return (
      <div className="alert" role="alert">
        {state.message}
      </div>
    );
  return null;
}
