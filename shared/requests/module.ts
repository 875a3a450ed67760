import {permissionsOf} from '../auth/permissions.ts';
import {defineModule} from '../module/define.ts';
import {attachmentMutators} from '../mutators/attachments.ts';
import {requestConfigMutators} from '../mutators/request-config.ts';
import {requestMutators} from '../mutators/requests.ts';
import {requestConfigQueries, requestQueries} from '../queries/requests.ts';

/** Requests (заявки): types, fields, workflows, SLA, comments, files. */
export const requestsModule = defineModule({
  key: 'requests',
  switch: 'requests',
  permissions: permissionsOf('requests'),
  mutators: {request: requestMutators, requestConfig: requestConfigMutators, attachment: attachmentMutators},
  queries: {requests: requestQueries, requestConfig: requestConfigQueries},
});
