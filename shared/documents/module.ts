import {permissionsOf} from '../auth/permissions.ts';
import {defineModule} from '../module/define.ts';
import {documentSystemMutators} from '../mutators/documents-system.ts';
import {documentMutators} from '../mutators/documents.ts';
import {documentQueries} from '../queries/documents.ts';

/** The document archive (issue 16, D1–D4): documents with every version of their file, comments, links and approvals; switched with finance. */
export const documentsModule = defineModule({
  key: 'documents',
  switch: 'finance',
  permissions: permissionsOf('documents'),
  mutators: {document: {...documentMutators, ...documentSystemMutators}},
  queries: {documents: documentQueries},
});
