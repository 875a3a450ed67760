// The archive stays subscribed for the whole session (the list and its
// search work offline, even if /documents was never opened), and so do the
// cards of the documents whose versions this device keeps (version-store.ts):
// a document viewed before opens, with its last opened versions, offline.
import {useQuery} from '@rocicorp/zero/react';
import {queries} from '#shared/queries/index.ts';
import {useKept} from './version-store.ts';

function HeldCard({id}: {id: string}) {
  useQuery(queries.documents.card({id}));
  return null;
}

export function DocumentsHeld() {
  useQuery(queries.documents.list());
  const kept = useKept();
  const ids = [...new Set(kept.map((k) => k.documentId))];
  return (
    <>
      {ids.map((id) => (
        <HeldCard key={id} id={id} />
      ))}
    </>
  );
}
