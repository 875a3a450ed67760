// Finance and documents (issue 16): counterparties, expense items, budget
// lines, the company's rate table and approval settings, invoices and their
// approval steps; the document archive with versions, links and comments.
// Column names match migrations/0600_finance.sql; document_text (extracted
// text for search) is server-only and not here.
import {json, number, relationships, string, table, boolean} from '@rocicorp/zero';
import {member} from './core.ts';
import {attachment, file} from './files.ts';
import {request} from './requests.ts';

/** One step of an approval chain, as a company writes it (shared/finance/chain.ts checks it). */
export type ChainStepJson = {
  readonly key: string;
  readonly name: string;
  readonly role?: string;
  readonly memberId?: string;
  /** Steps of one group are decided in parallel; groups in order. */
  readonly group: number;
  /** The step applies from this amount (tiyn, KZT) on; absent: always. */
  readonly minAmount?: number;
  /** The step applies only when the invoice would take its budget line past the limit (F5). */
  readonly overLimit?: boolean;
};

export const counterparty = table('counterparty')
  .columns({
    id: string(),
    company_id: string(),
    name: string(),
    bin: string(),
    iban: string(),
    bik: string(),
    bank: string(),
    contact: string(),
    archived: boolean(),
    created_at: number(),
    updated_at: number(),
  })
  .primaryKey('id');

export const expenseItem = table('expense_item')
  .columns({id: string(), company_id: string(), name: string(), archived: boolean(), position: number(), created_at: number()})
  .primaryKey('id');

export const budgetLine = table('budget_line')
  .columns({
    id: string(),
    company_id: string(),
    period: string(),
    item_id: string(),
    project: string(),
    branch: string(),
    owner_id: string().optional(),
    plan: number(),
    limit_amount: number().optional(),
    note: string(),
    created_at: number(),
    updated_at: number(),
  })
  .primaryKey('id');

export const currencyRate = table('currency_rate')
  .columns({id: string(), company_id: string(), currency: string(), on_date: string(), rate: number(), created_at: number()})
  .primaryKey('id');

export const financeSettings = table('finance_settings')
  .columns({
    id: string(),
    company_id: string(),
    invoice_chain: json<readonly ChainStepJson[]>(),
    document_chain: json<readonly ChainStepJson[]>(),
    remind_days: number(),
    updated_at: number(),
  })
  .primaryKey('id');

export const invoice = table('invoice')
  .columns({
    id: string(),
    company_id: string(),
    number: string(),
    counterparty_id: string().optional(),
    amount: number(),
    currency: string(),
    rate: number(),
    amount_kzt: number(),
    purpose: string(),
    project: string(),
    branch: string(),
    budget_line_id: string().optional(),
    invoice_date: string(),
    pay_by: string(),
    status: string(),
    status_since: number(),
    basis_id: string().optional(),
    request_id: string().optional(),
    round: number(),
    reason: string(),
    approved_at: number().optional(),
    paid_on: string(),
    paid_by: string().optional(),
    reminded_at: number().optional(),
    escalated_at: number().optional(),
    created_by: string().optional(),
    created_at: number(),
    updated_at: number(),
  })
  .primaryKey('id');

export type ApprovalDecision = 'pending' | 'approved' | 'rejected' | 'returned' | 'void';

export const approval = table('approval')
  .columns({
    id: string(),
    company_id: string(),
    entity: string<'invoice' | 'document'>(),
    entity_id: string(),
    round: number(),
    step_key: string(),
    name: string(),
    role: string(),
    member_id: string().optional(),
    grp: number(),
    why: string<'chain' | 'amount' | 'limit'>(),
    decision: string<ApprovalDecision>(),
    decided_by: string().optional(),
    decided_at: number().optional(),
    reason: string(),
    version_id: string().optional(),
    due_at: number().optional(),
    reminded_at: number().optional(),
    escalated_at: number().optional(),
    created_at: number(),
  })
  .primaryKey('id');

export type DocumentKind = 'contract' | 'supplement' | 'invoice' | 'act' | 'specification' | 'reference' | 'other';

export const document = table('document')
  .columns({
    id: string(),
    company_id: string(),
    title: string(),
    kind: string<DocumentKind>(),
    number: string(),
    counterparty_id: string().optional(),
    project: string(),
    signed_on: string(),
    valid_until: string(),
    status: string(),
    status_since: number(),
    round: number(),
    reason: string(),
    owner_id: string().optional(),
    reminded_at: number().optional(),
    created_at: number(),
    updated_at: number(),
  })
  .primaryKey('id');

export const documentVersion = table('document_version')
  .columns({
    id: string(),
    company_id: string(),
    document_id: string(),
    number: number(),
    file_id: string(),
    note: string(),
    created_by: string().optional(),
    created_at: number(),
  })
  .primaryKey('id');

export const documentLink = table('document_link')
  .columns({
    id: string(),
    company_id: string(),
    document_id: string(),
    entity: string<'request' | 'invoice' | 'task'>(),
    entity_id: string(),
    created_at: number(),
  })
  .primaryKey('id');

export const documentComment = table('document_comment')
  .columns({
    id: string(),
    company_id: string(),
    document_id: string(),
    version_id: string().optional(),
    author_id: string().optional(),
    body: string(),
    created_at: number(),
  })
  .primaryKey('id');

export const counterpartyRelationships = relationships(counterparty, ({many}) => ({
  invoices: many({sourceField: ['id'], destField: ['counterparty_id'], destSchema: invoice}),
}));

export const budgetLineRelationships = relationships(budgetLine, ({one, many}) => ({
  item: one({sourceField: ['item_id'], destField: ['id'], destSchema: expenseItem}),
  owner: one({sourceField: ['owner_id'], destField: ['id'], destSchema: member}),
  invoices: many({sourceField: ['id'], destField: ['budget_line_id'], destSchema: invoice}),
}));

export const invoiceRelationships = relationships(invoice, ({one, many}) => ({
  counterparty: one({sourceField: ['counterparty_id'], destField: ['id'], destSchema: counterparty}),
  line: one({sourceField: ['budget_line_id'], destField: ['id'], destSchema: budgetLine}),
  basis: one({sourceField: ['basis_id'], destField: ['id'], destSchema: document}),
  request: one({sourceField: ['request_id'], destField: ['id'], destSchema: request}),
  approvals: many({sourceField: ['id'], destField: ['entity_id'], destSchema: approval}),
  attachments: many({sourceField: ['id'], destField: ['entity_id'], destSchema: attachment}),
  author: one({sourceField: ['created_by'], destField: ['id'], destSchema: member}),
}));

export const approvalRelationships = relationships(approval, ({one}) => ({
  member: one({sourceField: ['member_id'], destField: ['id'], destSchema: member}),
  decider: one({sourceField: ['decided_by'], destField: ['id'], destSchema: member}),
}));

export const documentRelationships = relationships(document, ({one, many}) => ({
  counterparty: one({sourceField: ['counterparty_id'], destField: ['id'], destSchema: counterparty}),
  owner: one({sourceField: ['owner_id'], destField: ['id'], destSchema: member}),
  versions: many({sourceField: ['id'], destField: ['document_id'], destSchema: documentVersion}),
  links: many({sourceField: ['id'], destField: ['document_id'], destSchema: documentLink}),
  comments: many({sourceField: ['id'], destField: ['document_id'], destSchema: documentComment}),
  approvals: many({sourceField: ['id'], destField: ['entity_id'], destSchema: approval}),
}));

export const documentVersionRelationships = relationships(documentVersion, ({one}) => ({
  file: one({sourceField: ['file_id'], destField: ['id'], destSchema: file}),
  author: one({sourceField: ['created_by'], destField: ['id'], destSchema: member}),
}));

export const documentCommentRelationships = relationships(documentComment, ({one}) => ({
  author: one({sourceField: ['author_id'], destField: ['id'], destSchema: member}),
}));
