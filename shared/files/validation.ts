import {z} from 'zod';
import {epochMs, idField} from '../validation/schemas.ts';

/** Records files can be attached to, and who may do it. Modules add their entities here. */
export const ATTACHABLE = {
  request: {table: 'request', permission: 'requests.update'},
  catalog_item: {table: 'catalog_item', permission: 'catalog.manage'},
  company_profile: {table: 'company_profile', permission: 'site.manage'},
  // Who may attach to a task is the task's own rule (shared/tasks/access.ts: whoever works on it or checks it).
  task: {table: 'task', permission: null},
  // An invoice's files (the invoice, its basis, the act): whoever may edit the invoice (shared/finance/access.ts).
  invoice: {table: 'invoice', permission: null},
} as const;
export type AttachableEntity = keyof typeof ATTACHABLE;

export const ATTACHMENT_KINDS = ['photo', 'document', 'invoice', 'basis', 'contract', 'act', 'other', 'logo', 'cover'] as const;

export const addAttachmentArgs = z.object({
  id: idField,
  entity: z.enum(Object.keys(ATTACHABLE) as [AttachableEntity, ...AttachableEntity[]]),
  entityId: idField,
  fileId: idField,
  kind: z.enum(ATTACHMENT_KINDS).default('other'),
  createdAt: epochMs,
  opId: z.string().max(64).optional(),
});
export type AddAttachmentArgs = z.input<typeof addAttachmentArgs>;

export const removeAttachmentArgs = z.object({id: idField, opId: z.string().max(64).optional()});
