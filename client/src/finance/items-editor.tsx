// Expense items: the names budget lines are planned under (rent, salaries,
// marketing…). Added one line at a time, archived rather than deleted.
import {useQuery} from '@rocicorp/zero/react';
import {useState} from 'react';
import {uuidv7} from 'uuidv7';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {useT} from '../i18n/i18n.tsx';
import {AddLine} from '../ui/add-line.tsx';
import {useWrite} from '../write/writer.tsx';

export function ItemsEditor() {
  const t = useT();
  const write = useWrite();
  const [items] = useQuery(queries.finance.items());
  const [error, setError] = useState<string>();
  return (
    <section className="panel items-editor">
      <h2>{t('fin.items')}</h2>
      <ul className="fin-plain-list">
        {items.map((i) => (
          <li key={i.id} className={i.archived ? 'archived' : undefined}>
            <span className="wrap-anywhere">{i.name}</span>
            <button type="button" className="link" onClick={() => void write(mutators.expenseItem.archive({id: i.id, archived: !i.archived}))}>
              {i.archived ? t('fin.restore') : t('fin.archive')}
            </button>
          </li>
        ))}
      </ul>
      <AddLine
        draftKey="fin-new-item"
        label={t('fin.newItem')}
        maxLength={120}
        add={async (name) => {
          const r = await write(mutators.expenseItem.save({id: uuidv7(), name, createdAt: Date.now()}));
          setError(r.ok ? undefined : r.message);
          return r.ok;
        }}
      />
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
    </section>
  );
}
