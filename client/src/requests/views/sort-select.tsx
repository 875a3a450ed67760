// Phones have no table headers to click: the same sort, as a list and a direction.
import {SORT_COLUMNS, type RequestSort, type SortColumn} from '#shared/requests/sort.ts';
import {useI18n} from '../../i18n/i18n.tsx';

export function SortSelect({sort, onSort}: {sort: RequestSort; onSort: (s: RequestSort) => void}) {
  const {t} = useI18n();
  return (
    <div className="sort-select">
      <select aria-label={t('views.sort')} value={sort.column} onChange={(e) => onSort({column: e.target.value as SortColumn, desc: sort.desc})}>
        {SORT_COLUMNS.map((c) => (
          <option key={c} value={c}>
            {c === 'number' ? t('views.sort.number') : c === 'client' ? t('requests.client') : t(`views.col.${c}`)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="chip"
        aria-label={sort.desc ? t('views.sort.desc') : t('views.sort.asc')}
        title={sort.desc ? t('views.sort.desc') : t('views.sort.asc')}
        onClick={() => onSort({...sort, desc: !sort.desc})}
      >
        {sort.desc ? '↓' : '↑'}
      </button>
    </div>
  );
}
