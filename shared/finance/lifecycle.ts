// An invoice's lifecycle is data run by the workflow engine (F2): Received →
// On approval → Approved → In payment → Paid → Closed, plus Returned (for
// rework, a reason required) and Rejected. It cannot go to approval without
// its counterparty, budget line, payment deadline and invoice file, nor to
// payment without its basis, its file and every approval of the round
// (approvals_done). The device explains a disabled button with the same
// blockers the server refuses with.
import {checkMove, statusOf, type Blocker, type RequestSnapshot} from '../workflow/engine.ts';
import type {FieldDef} from '../workflow/fields.ts';
import {workflowSchema, type StatusKind, type Workflow} from '../workflow/types.ts';

export const INVOICE_STATUSES = ['received', 'approval', 'approved', 'paying', 'paid', 'closed', 'returned', 'rejected'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

const READY = [
  {kind: 'fields_filled', fields: ['counterparty', 'budget_line', 'pay_by']},
  {kind: 'file_attached', fileKind: 'invoice'},
] as const;
const PAYABLE = [{kind: 'fields_filled', fields: ['basis']}, {kind: 'file_attached', fileKind: 'invoice'}, {kind: 'approvals_done'}] as const;
const REASON = [{kind: 'comment_required'}] as const;

export const INVOICE_WORKFLOW: Workflow = workflowSchema.parse({
  initial: 'received',
  statuses: [
    {key: 'received', name: {ru: 'Получен', kk: 'Алынды', en: 'Received'}, color: '#2563eb', kind: 'open'},
    {key: 'approval', name: {ru: 'На согласовании', kk: 'Келісуде', en: 'On approval'}, color: '#7c3aed', kind: 'waiting', slaHours: 24},
    {key: 'approved', name: {ru: 'Согласован', kk: 'Келісілді', en: 'Approved'}, color: '#0891b2', kind: 'in_work'},
    {key: 'paying', name: {ru: 'В оплате', kk: 'Төлемде', en: 'In payment'}, color: '#d97706', kind: 'in_work'},
    {key: 'paid', name: {ru: 'Оплачен', kk: 'Төленді', en: 'Paid'}, color: '#16a34a', kind: 'done'},
    {key: 'closed', name: {ru: 'Закрыт', kk: 'Жабылды', en: 'Closed'}, color: '#334155', kind: 'done'},
    {key: 'returned', name: {ru: 'Возвращён на доработку', kk: 'Пысықтауға қайтарылды', en: 'Returned'}, color: '#ea580c', kind: 'in_work'},
    {key: 'rejected', name: {ru: 'Отклонён', kk: 'Қабылданбады', en: 'Rejected'}, color: '#dc2626', kind: 'cancelled'},
  ],
  transitions: [
    {from: 'received', to: 'approval', guards: READY, label: {ru: 'На согласование', kk: 'Келісуге жіберу', en: 'Send for approval'}},
    {from: 'returned', to: 'approval', guards: READY, label: {ru: 'На согласование', kk: 'Келісуге жіберу', en: 'Send for approval'}},
    // Made by the last approval of a round (the approval decide write), never by a button.
    {from: 'approval', to: 'approved', guards: [{kind: 'approvals_done'}], label: {ru: 'Согласовать', kk: 'Келісу', en: 'Approve'}},
    {from: 'approval', to: 'returned', guards: REASON, label: {ru: 'Вернуть на доработку', kk: 'Пысықтауға қайтару', en: 'Return for rework'}},
    {from: 'approval', to: 'rejected', guards: REASON, label: {ru: 'Отклонить', kk: 'Қабылдамау', en: 'Reject'}},
    {from: 'approved', to: 'paying', guards: PAYABLE, label: {ru: 'В оплату', kk: 'Төлемге', en: 'To payment'}},
    {from: 'approved', to: 'paid', guards: PAYABLE, label: {ru: 'Оплачен', kk: 'Төленді', en: 'Paid'}},
    {from: 'paying', to: 'paid', guards: PAYABLE, label: {ru: 'Оплачен', kk: 'Төленді', en: 'Paid'}},
    {from: 'paid', to: 'closed', label: {ru: 'Закрыть', kk: 'Жабу', en: 'Close'}},
    {from: 'received', to: 'rejected', guards: REASON, label: {ru: 'Отклонить', kk: 'Қабылдамау', en: 'Reject'}},
    {from: 'returned', to: 'rejected', guards: REASON, label: {ru: 'Отклонить', kk: 'Қабылдамау', en: 'Reject'}},
  ],
});

/** The invoice's own fields the guards name, with their words (the engine's FieldDef shape). */
export const INVOICE_GUARD_FIELDS: readonly FieldDef[] = [
  {key: 'counterparty', label: {ru: 'Контрагент', kk: 'Контрагент', en: 'Counterparty'}},
  {key: 'budget_line', label: {ru: 'Статья бюджета', kk: 'Бюджет бабы', en: 'Budget line'}},
  {key: 'pay_by', label: {ru: 'Срок оплаты', kk: 'Төлеу мерзімі', en: 'Pay by'}},
  {key: 'basis', label: {ru: 'Основание (договор)', kk: 'Негіздеме (шарт)', en: 'Basis (contract)'}},
].map((f) => ({...f, kind: 'text', options: [], required: false}));

export function invoiceStatusKind(status: string): StatusKind {
  return statusOf(INVOICE_WORKFLOW, status)?.kind ?? 'open';
}

export type InvoiceState = {
  readonly status: string;
  readonly counterparty_id?: string | null;
  readonly budget_line_id?: string | null;
  readonly pay_by: string;
  readonly basis_id?: string | null;
};

/** What the engine's guards look at: the invoice's fields, its files' kinds, the approvals of its round still pending. */
export function invoiceSnapshot(inv: InvoiceState, fileKinds: readonly string[], pendingApprovals: readonly string[]): RequestSnapshot {
  return {
    status: inv.status,
    fields: {counterparty: inv.counterparty_id ?? '', budget_line: inv.budget_line_id ?? '', pay_by: inv.pay_by, basis: inv.basis_id ?? ''},
    attachmentKinds: fileKinds,
    checklist: [],
    pendingApprovals,
  };
}

/** Everything between the invoice and status `to` (empty: allowed). Who may move it is access.ts's. */
export function checkInvoiceMove(snapshot: RequestSnapshot, to: string, comment?: string): Blocker[] {
  return checkMove(INVOICE_WORKFLOW, INVOICE_GUARD_FIELDS, snapshot, {role: '', permissions: ['requests.override']}, to, comment);
}
