// /documents: the archive (D1–D4); /documents/new a new document;
// /documents/<id> a document's card. Loaded as its own chunk.
import {can} from '#shared/auth/can.ts';
import type {ScreenProps} from '../module/define.ts';
import {matchPath} from '../router/router.tsx';
import {memberContextOf} from '../session/session.ts';
import {Archive} from './archive.tsx';
import {DocumentCard} from './document-card.tsx';
import {NewDocument} from './new-document.tsx';
import './documents.css';

export default function DocumentsPage({session, path}: ScreenProps) {
  const id = matchPath('/documents/:id', path)?.id;
  const manage = can(memberContextOf(session), 'documents.manage');
  if (id === 'new' && manage) return <NewDocument />;
  if (id && id !== 'new') return <DocumentCard key={id} id={id} session={session} />;
  return <Archive manage={manage} />;
}
