// The documents an invoice's basis is picked from (the archive this person
// sees), and the invoice's own basis even when it is not among them (someone
// else's draft): it is still named.
import {useQuery} from '@rocicorp/zero/react';
import {queries} from '#shared/queries/index.ts';

type Choice = {id: string; name: string};
type DocumentLike = {id: string; title: string; number: string};

const named = (d: DocumentLike): Choice => ({id: d.id, name: d.number ? `${d.title} № ${d.number}` : d.title});

export function useBasisChoices(basis: DocumentLike | null | undefined): Choice[] {
  const [rows] = useQuery(queries.documents.list());
  const choices = rows.map(named);
  return basis && !choices.some((c) => c.id === basis.id) ? [...choices, named(basis)] : choices;
}
