// Each person's saved filters: save the current view under a name, open it
// with one tap, delete it. Stored with requestConfig.saveView, so they follow
// the person to every device (and work offline through the outbox).
import {useQuery} from '@rocicorp/zero/react';
import {useState} from 'react';
import {uuidv7} from 'uuidv7';
import {mutators} from '../../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {viewFromJson, viewToJson, type ViewState} from '#shared/requests/view.ts';
import {useI18n} from '../../i18n/i18n.tsx';
import {useWrite} from '../../write/writer.tsx';

type Props = {view: ViewState; activeId: string | null; onOpen: (id: string, view: ViewState) => void; onSaved: (id: string) => void};

export function SavedViews({view, activeId, onOpen, onSaved}: Props) {
  const {t} = useI18n();
  const write = useWrite();
  const [saved] = useQuery(queries.requestConfig.savedViews());
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();

  async function save() {
    const id = uuidv7();
    setError(undefined);
    const r = await write(mutators.requestConfig.saveView({id, name: name.trim(), filters: viewToJson(view), at: Date.now()}));
    if (!r.ok) return setError(r.message);
    setNaming(false);
    setName('');
    onSaved(id);
  }

  async function remove(id: string) {
    const r = await write(mutators.requestConfig.removeView({id}));
    if (!r.ok) setError(r.message);
  }

  return (
    <div className="saved-views">
      <div className="chips scroll" role="group" aria-label={t('views.saved')}>
        <span className="saved-label">{t('views.saved')}:</span>
        {saved.map((v) => (
          <span key={v.id} className={v.id === activeId ? 'saved-view active' : 'saved-view'}>
            <button type="button" className="chip" aria-pressed={v.id === activeId} onClick={() => onOpen(v.id, viewFromJson(v.filters))}>
              {v.name}
            </button>
            <button
              type="button"
              className="chip-remove"
              aria-label={t('views.saved.remove', {name: v.name})}
              title={t('views.saved.remove', {name: v.name})}
              onClick={() => void remove(v.id)}
            >
              ×
            </button>
          </span>
        ))}
        {!naming ? (
          <button type="button" className="chip add-view" onClick={() => setNaming(true)}>
            + {t('views.saved.save')}
          </button>
        ) : null}
      </div>
      {naming ? (
        <form
          className="save-view-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) void save();
          }}
        >
          <input
            aria-label={t('views.saved.name')}
            placeholder={t('views.saved.namePlaceholder')}
            value={name}
            maxLength={80}
            autoFocus
            onChange={(e) => setName(e.target.value)}
          />
          <button type="button" onClick={() => setNaming(false)}>
            {t('action.cancel')}
          </button>
          <button className="primary" disabled={!name.trim()}>
            {t('action.save')}
          </button>
        </form>
      ) : null}
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}
