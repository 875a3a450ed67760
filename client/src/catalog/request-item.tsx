// On a request's card: the catalog item the customer asked about (from the
// item's "order" link or the CSV of a bot later on).
import {useQuery} from '@rocicorp/zero/react';
import {queries} from '#shared/queries/index.ts';
import {useT} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';

export function RequestItem({id}: {id: string | null | undefined}) {
  const t = useT();
  const [item] = useQuery(queries.catalog.item({id: id ?? ''}));
  if (!id) return null;
  return (
    <>
      <dt>{t('catalog.requestItem')}</dt>
      <dd className="request-item">{item ? <Link href={`/catalog/items/${item.id}`}>{item.title}</Link> : '…'}</dd>
    </>
  );
}
