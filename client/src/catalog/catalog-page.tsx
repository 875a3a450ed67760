// C4 in the app: the catalog — items in their order (drag to reorder), by
// category, with search; categories; CSV import and export. Every change is a
// named write through useWrite, applied on the device at once (offline too).
import {can} from '#shared/auth/can.ts';
import {matchPath} from '../router/router.tsx';
import {memberContextOf, type Session} from '../session/session.ts';
import '../cabinet/cabinet.css';
import {CatalogList} from './catalog-list.tsx';
import {CategoriesPanel} from './categories-panel.tsx';
import {CsvPanel} from './csv-panel.tsx';
import {ItemForm} from './item-form.tsx';

export function CatalogPage({session, path}: {session: Session; path: string}) {
  const canEdit = can(memberContextOf(session), 'catalog.manage');
  if (path === '/catalog/categories') return <CategoriesPanel canEdit={canEdit} />;
  if (path === '/catalog/csv') return <CsvPanel canEdit={canEdit} />;
  if (path === '/catalog/items/new') return <ItemForm key="new" canEdit={canEdit} session={session} />;
  const item = matchPath('/catalog/items/:id', path);
  if (item) return <ItemForm key={item.id} id={item.id} canEdit={canEdit} session={session} />;
  return <CatalogList canEdit={canEdit} session={session} />;
}
