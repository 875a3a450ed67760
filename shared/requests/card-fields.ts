// Which fields a request card shows. A card shows the universal ones (title,
// priority, responsible, deadline, files, checklist…) and the fields its
// request type defines (its field_def rows). What only back-office types need
// is not shown on, say, a salon's plain "Заявка":
// - the department, a back-office notion (S1), shown for types of the
//   back-office template — or when the request has one already (a value is
//   never hidden);
// - the kinds of file offered when attaching: a document or a photo for any
//   request; an invoice, a basis or a contract where the type's workflow asks
//   for that kind (a guard), where the type comes from the back office, or
//   where a file of that kind is attached already.
import type {Guard} from '../workflow/types.ts';

/** What a staff member may say a file is; workflows ask for some of these (an invoice before payment). */
export const REQUEST_FILE_KINDS = ['document', 'invoice', 'basis', 'contract', 'photo'] as const;
export type RequestFileKind = (typeof REQUEST_FILE_KINDS)[number];
export const UNIVERSAL_FILE_KINDS: readonly RequestFileKind[] = ['document', 'photo'];
export const BACK_OFFICE_TEMPLATE = 'back_office';

export type CardFieldsInput = {
  /** The request type's template (request_type.template); none for a request without a type. */
  template: string | null | undefined;
  workflow: {transitions: readonly {guards: readonly Guard[]}[]};
  department: string | null | undefined;
  attachmentKinds: readonly string[];
};

export type CardFields = {department: boolean; fileKinds: RequestFileKind[]};

export function cardFields({template, workflow, department, attachmentKinds}: CardFieldsInput): CardFields {
  const backOffice = template === BACK_OFFICE_TEMPLATE;
  const asked = new Set(workflow.transitions.flatMap((t) => t.guards.flatMap((g) => (g.kind === 'file_attached' ? [g.fileKind] : []))));
  const fileKinds = REQUEST_FILE_KINDS.filter((k) => backOffice || UNIVERSAL_FILE_KINDS.includes(k) || asked.has(k) || attachmentKinds.includes(k));
  return {department: backOffice || !!department?.trim(), fileKinds};
}
