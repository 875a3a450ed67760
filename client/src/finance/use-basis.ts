// The documents an invoice's basis is picked from. The archive is its own
// module (shared/queries/documents.ts, `documents.list`); a build without it
// offers no documents rather than failing.
import {useQuery} from '@rocicorp/zero/react';
import {queries} from '#shared/queries/index.ts';

type Choice = {id: string; name: string};
type DocumentLike = {id: string; title: string; number: string};

// Typed as the items' query (same shape to useQuery); the rows are read as documents below.
const documentsList = (queries as unknown as {documents?: {list?: typeof queries.finance.items}}).documents?.list;

export function useBasisChoices(): Choice[] {
  const [rows] = useQuery(documentsList ? documentsList() : queries.finance.items(), {enabled: !!documentsList});
  if (!documentsList) return [];
  return (rows as unknown as readonly DocumentLike[]).map((d) => ({id: d.id, name: d.number ? `${d.title} № ${d.number}` : d.title}));
}
