// The audit log's ways to the records it tells about. History is read only
// through a record the reader may see: a request's own rows and its parts'
// (comments, checklist…), a task's and its parts'.
import {relationships} from '@rocicorp/zero';
import {auditLog, member} from './core.ts';
import {request} from './requests.ts';
import {task} from './tasks.ts';

export const auditLogRelationships = relationships(auditLog, ({one}) => ({
  actor: one({sourceField: ['actor_id'], destField: ['id'], destSchema: member}),
  request: one({sourceField: ['entity_id'], destField: ['id'], destSchema: request}),
  parentRequest: one({sourceField: ['parent_id'], destField: ['id'], destSchema: request}),
  task: one({sourceField: ['entity_id'], destField: ['id'], destSchema: task}),
  parentTask: one({sourceField: ['parent_id'], destField: ['id'], destSchema: task}),
}));
