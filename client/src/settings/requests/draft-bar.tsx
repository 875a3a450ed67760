// The foot of a settings form: what is wrong (naming the inputs), that the
// changes are not saved yet (and kept on this device meanwhile), and the save.
import type {ReactNode} from 'react';
import {SaveLine, type SaveState} from '../../cabinet/save-state.tsx';
import {useI18n} from '../../i18n/i18n.tsx';

type Props = {dirty: boolean; onDiscard: () => void; summary?: string | undefined; state: SaveState; children: ReactNode};

export function DraftBar({dirty, onDiscard, summary, state, children}: Props) {
  const {t} = useI18n();
  return (
    // Pinned to the bottom only while there is something to save or fix.
    <div className={dirty || summary ? 'rs-draft-bar sticky-actions' : 'rs-draft-bar'}>
      {summary ? (
        <div className="alert" role="alert">
          {summary}
        </div>
      ) : null}
      <SaveLine state={state} />
      {dirty ? <p className="rs-dirty small">{t('rs.dirty')}</p> : null}
      <div className="form-actions">
        {dirty ? (
          <button type="button" className="link" onClick={onDiscard}>
            {t('rs.discard')}
          </button>
        ) : null}
        {children}
      </div>
    </div>
  );
}
