// Refused device writes (the reason kept for the device and for history).
import {json, number, relationships, string, table, type ReadonlyJSONValue} from '@rocicorp/zero';
import {member} from './core.ts';
import {request} from './requests.ts';

export const refusedOp = table('refused_op')
  .columns({
    company_id: string(),
    op_id: string(),
    mutator: string(),
    member_id: string().optional(),
    subject_id: string().optional(),
    code: string(),
    details: json<{readonly [key: string]: ReadonlyJSONValue}>(),
    created_at: number(),
  })
  .primaryKey('company_id', 'op_id');

export const refusedOpRelationships = relationships(refusedOp, ({one}) => ({
  actor: one({sourceField: ['member_id'], destField: ['id'], destSchema: member}),
  subjectRequest: one({sourceField: ['subject_id'], destField: ['id'], destSchema: request}),
}));
