import {seesDocuments} from '#shared/documents/access.ts';
import {defineClientModule} from '../module/define.ts';
import {DocumentsHeld} from './documents-held.tsx';

/** Documents (issue 16, D1–D4): the archive with its search, a document's card with versions, comments, links, status and approvals. */
export const documentsClient = defineClientModule({
  key: 'documents',
  switch: 'finance',
  path: '/documents',
  nav: {label: 'docs.nav', icon: '§'},
  visible: seesDocuments,
  screen: () => import('./documents-page.tsx'),
  Held: DocumentsHeld,
});
