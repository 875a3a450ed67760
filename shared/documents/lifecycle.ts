// A document's lifecycle is data run by the workflow engine (D3): Draft → On
// approval → Signed → Expired or Closed. Sending for approval needs a file
// (a version); signing needs every approval of the round, each pinned to the
// version it approved. Withdrawing from approval back to draft needs a reason.
import {checkMove, statusOf, type Blocker, type RequestSnapshot} from '../workflow/engine.ts';
import {workflowSchema, type StatusKind, type Workflow} from '../workflow/types.ts';

export const DOCUMENT_STATUSES = ['draft', 'approval', 'signed', 'expired', 'closed'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const DOCUMENT_WORKFLOW: Workflow = workflowSchema.parse({
  initial: 'draft',
  statuses: [
    {key: 'draft', name: {ru: 'Черновик', kk: 'Жоба', en: 'Draft'}, color: '#64748b', kind: 'open'},
    {key: 'approval', name: {ru: 'На согласовании', kk: 'Келісуде', en: 'On approval'}, color: '#7c3aed', kind: 'waiting', slaHours: 48},
    {key: 'signed', name: {ru: 'Подписан', kk: 'Қол қойылды', en: 'Signed'}, color: '#16a34a', kind: 'in_work'},
    {key: 'expired', name: {ru: 'Истёк', kk: 'Мерзімі өтті', en: 'Expired'}, color: '#ea580c', kind: 'done'},
    {key: 'closed', name: {ru: 'Закрыт', kk: 'Жабылды', en: 'Closed'}, color: '#334155', kind: 'done'},
  ],
  transitions: [
    {
      from: 'draft',
      to: 'approval',
      guards: [{kind: 'file_attached', fileKind: 'version'}],
      label: {ru: 'На согласование', kk: 'Келісуге жіберу', en: 'Send for approval'},
    },
    {from: 'approval', to: 'draft', guards: [{kind: 'comment_required'}], label: {ru: 'Вернуть в черновик', kk: 'Жобаға қайтару', en: 'Back to draft'}},
    {from: 'approval', to: 'signed', guards: [{kind: 'approvals_done'}], label: {ru: 'Подписан', kk: 'Қол қойылды', en: 'Signed'}},
    {from: 'signed', to: 'expired', label: {ru: 'Истёк', kk: 'Мерзімі өтті', en: 'Expired'}},
    {from: 'signed', to: 'closed', label: {ru: 'Закрыть', kk: 'Жабу', en: 'Close'}},
    {from: 'expired', to: 'closed', label: {ru: 'Закрыть', kk: 'Жабу', en: 'Close'}},
  ],
});

export function documentStatusKind(status: string): StatusKind {
  return statusOf(DOCUMENT_WORKFLOW, status)?.kind ?? 'open';
}

/** What the guards look at: whether it has a version, and the approvals of its round still pending. */
export function documentSnapshot(status: string, versions: number, pendingApprovals: readonly string[]): RequestSnapshot {
  return {status, fields: {}, attachmentKinds: versions > 0 ? ['version'] : [], checklist: [], pendingApprovals};
}

export function checkDocumentMove(snapshot: RequestSnapshot, to: string, comment?: string): Blocker[] {
  return checkMove(DOCUMENT_WORKFLOW, [], snapshot, {role: '', permissions: ['requests.override']}, to, comment);
}
