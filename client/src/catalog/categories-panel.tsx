// Categories, nested one level: add, rename, put inside another, reorder, archive.
import {useQuery} from '@rocicorp/zero/react';
import {useState, type FormEvent} from 'react';
import {moveWrites, positionAfterLast} from '#shared/catalog/position.ts';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {useT} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {TextField} from '../ui/field.tsx';
import {useWrite} from '../write/writer.tsx';

export function CategoriesPanel({canEdit}: {canEdit: boolean}) {
  const t = useT();
  const write = useWrite();
  const [categories] = useQuery(queries.catalog.categories());
  const [title, setTitle] = useState('');
  const [parent, setParent] = useState('');
  const [error, setError] = useState<string>();
  const live = categories.filter((c) => !c.archived_at);
  const top = live.filter((c) => !c.parent_id);
  // Display order: each top category followed by its sub-categories.
  const ordered = top.flatMap((c) => [c, ...live.filter((s) => s.parent_id === c.id)]);
  async function add(e: FormEvent) {
    e.preventDefault();
    if (!title.trim()) return setError(t('v.required'));
    const r = await write(
      mutators.catalog.createCategory({
        id: crypto.randomUUID(),
        title,
        parentId: parent || null,
        position: positionAfterLast(categories),
        createdAt: Date.now(),
      }),
    );
    if (r.ok) {
      setTitle('');
      setError(undefined);
    } else setError(r.message);
  }
  const move = async (id: string, delta: number) => {
    const row = live.find((c) => c.id === id);
    const siblings = live.filter((c) => (c.parent_id ?? null) === (row?.parent_id ?? null));
    const index = siblings.findIndex((c) => c.id === id);
    for (const w of moveWrites(siblings, id, index + delta)) await write(mutators.catalog.moveCategory(w));
  };
  return (
    <div className="page cabinet">
      <Link href="/catalog" className="back-link">
        ← {t('action.back')}
      </Link>
      <h1>{t('catalog.categories')}</h1>
      <ul className="panel category-list">
        {ordered.map((c) => (
          <li key={c.id} className={c.parent_id ? 'sub' : ''}>
            <Rename id={c.id} title={c.title} canEdit={canEdit} />
            {canEdit ? (
              <span className="order-buttons">
                <button type="button" className="link" aria-label={`${t('catalog.moveUp')}: ${c.title}`} onClick={() => void move(c.id, -1)}>
                  ↑
                </button>
                <button type="button" className="link" aria-label={`${t('catalog.moveDown')}: ${c.title}`} onClick={() => void move(c.id, 1)}>
                  ↓
                </button>
                <button type="button" className="link" onClick={() => void write(mutators.catalog.archiveCategory({id: c.id, archived: true, at: Date.now()}))}>
                  {t('catalog.archive')}
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <form className="panel" onSubmit={add} noValidate>
          <h2>{t('catalog.newCategory')}</h2>
          <TextField label={t('catalog.field.title')} value={title} onChange={(e) => setTitle(e.target.value)} error={error} maxLength={120} />
          <div className="field">
            <label htmlFor="cat-parent">{t('catalog.parentCategory')}</label>
            <select id="cat-parent" value={parent} onChange={(e) => setParent(e.target.value)}>
              <option value="">{t('catalog.topLevel')}</option>
              {top.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          </div>
          <button className="primary">{t('action.create')}</button>
        </form>
      ) : null}
    </div>
  );
}

function Rename({id, title, canEdit}: {id: string; title: string; canEdit: boolean}) {
  const write = useWrite();
  const [value, setValue] = useState(title);
  if (!canEdit) return <span>{title}</span>;
  return (
    <input
      className="inline-edit"
      aria-label={title}
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => void (value.trim() && value !== title && write(mutators.catalog.updateCategory({id, title: value})))}
    />
  );
}
