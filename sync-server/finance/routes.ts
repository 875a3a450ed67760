// /api/v1 finance: every finance write through writeRoute (the mutator's own
// argument schema is the body), the registry and one invoice, budget lines,
// counterparties — the same named queries the app syncs, so a key reaches
// exactly what the phone does (shared/finance/access.ts).
import {z} from 'zod';
import type {MemberContext} from '#shared/auth/context.ts';
import {domainError} from '#shared/errors.ts';
import {filterInvoices, registryFilterSchema, sortInvoices} from '#shared/finance/registry.ts';
import {PERIOD_RE} from '#shared/finance/validation.ts';
import {mutators} from '#shared/mutators/index.ts';
import {queries} from '#shared/queries/index.ts';
import {companyRows} from '#shared/queries/scope.ts';
import type {HttpDeps} from '../module/define.ts';
import {route} from '../rest/route.ts';
import {rowSchema, toCamel} from '../rest/rows.ts';
import {writeRoute} from '../rest/write-route.ts';
import {exportRoutes} from './export-routes.ts';

const invoiceRow = rowSchema('invoice');
const lineRow = rowSchema('budget_line');
const counterpartyRow = rowSchema('counterparty');
const idParams = z.object({id: z.string().max(128)});

const RELATED = new Set(['counterparty', 'line', 'basis', 'request', 'approvals', 'attachments', 'author', 'item', 'owner', 'invoices']);
/** A record's own columns, its related rows left out. */
const plain = (row: object) => Object.fromEntries(Object.entries(row).filter(([k]) => !RELATED.has(k)));

export function financeRoutes(deps: HttpDeps) {
  const {zdb} = deps;
  const invoiceOf = async (ctx: MemberContext, id: string) => {
    const row = await zdb.run(queries.finance.invoice.fn({args: {id}, ctx}));
    if (!row) throw domainError('not_found');
    return row;
  };
  const readOne = async <T extends object>(q: Promise<T | undefined>) => {
    const row = await q;
    if (!row) throw domainError('not_found');
    return plain(row);
  };
  const inv = {tag: 'finance', entity: 'invoice'} as const;
  const ref = {tag: 'finance'} as const;

  return [
    ...exportRoutes(deps),
    route({
      ...inv,
      method: 'get',
      path: '/invoices',
      summary: 'The invoice registry you may see (all with finance.read; yours and those you approve otherwise), filtered as on the device',
      auth: 'member',
      query: registryFilterSchema.extend({limit: z.coerce.number().int().min(1).max(5000).default(500)}),
      response: z.object({data: z.array(invoiceRow)}),
      async handler({query, ctx}) {
        const rows = await zdb.run(queries.finance.invoices.fn({args: undefined, ctx}));
        const kept = sortInvoices(filterInvoices(rows, query)).slice(0, query.limit);
        return {body: {data: toCamel(kept.map(plain))}};
      },
    }),
    route({
      ...inv,
      method: 'get',
      path: '/invoices/:id',
      summary: 'One invoice with its approvals (who decided, when, why), files, counterparty and budget line',
      auth: 'member',
      params: idParams,
      async handler({params, ctx}) {
        return {body: toCamel(await invoiceOf(ctx, params.id))};
      },
    }),
    writeRoute(deps, {
      ...inv,
      mutator: mutators.invoice.create,
      method: 'post',
      path: '/invoices',
      summary: 'Create an invoice (by hand, from a payment request, from an uploaded file)',
      response: invoiceRow,
      read: (ctx, a) => readOne(zdb.run(queries.finance.invoice.fn({args: {id: a.id}, ctx}))),
    }),
    writeRoute(deps, {
      ...inv,
      mutator: mutators.invoice.update,
      method: 'patch',
      path: '/invoices/:id',
      summary: 'Change an invoice while received or returned',
      response: invoiceRow,
      read: (ctx, a) => readOne(zdb.run(queries.finance.invoice.fn({args: {id: a.id}, ctx}))),
    }),
    writeRoute(deps, {
      ...inv,
      mutator: mutators.invoice.submit,
      method: 'post',
      path: '/invoices/:id/submit',
      summary: 'Send for approval: a new round of the chain for this amount and budget (refused with what is missing)',
      response: invoiceRow,
      read: (ctx, a) => readOne(zdb.run(queries.finance.invoice.fn({args: {id: a.id}, ctx}))),
    }),
    writeRoute(deps, {
      ...inv,
      mutator: mutators.invoice.move,
      method: 'post',
      path: '/invoices/:id/move',
      summary: 'Move an invoice: to payment, paid (finance.pay), closed, or rejected before approval (with a `comment`)',
      response: invoiceRow,
      read: (ctx, a) => readOne(zdb.run(queries.finance.invoice.fn({args: {id: a.id}, ctx}))),
    }),
    writeRoute(deps, {
      ...inv,
      mutator: mutators.attachment.add,
      method: 'post',
      path: '/invoices/:id/attachments',
      pathArgs: {id: 'entityId'},
      summary: 'Attach an uploaded file to an invoice: the invoice, its basis, the act, other',
      omit: ['entity'],
      fill: () => ({entity: 'invoice' as const}),
      status: 204,
    }),
    writeRoute(deps, {
      tag: 'finance',
      entity: 'approval',
      mutator: mutators.approval.decide,
      method: 'post',
      path: '/approvals/:id/decide',
      summary: 'Decide an approval step (invoice or document): approved, rejected or returned with a `reason`; refused naming who decided first',
      status: 204,
    }),
    route({
      ...ref,
      entity: 'budgetLine',
      method: 'get',
      path: '/budget-lines',
      summary: 'Budget lines (of one `period`, or all) with item, owner and the invoices their figures come from',
      auth: 'member',
      query: z.object({period: z.string().regex(PERIOD_RE).optional()}),
      async handler({query, ctx}) {
        const rows = await zdb.run(queries.finance.lines.fn({args: query.period ? {period: query.period} : undefined, ctx}));
        return {body: {data: toCamel(rows)}};
      },
    }),
    writeRoute(deps, {
      ...ref,
      entity: 'budgetLine',
      mutator: mutators.budget.saveLine,
      method: 'post',
      path: '/budget-lines',
      summary: 'Create or change a budget line: period, item, project, branch, owner, plan, limit (finance.manage)',
      response: lineRow,
      read: (ctx, a) => readOne(zdb.run(companyRows('budget_line', ctx, 'finance.read').where('id', a.id).one())),
    }),
    writeRoute(deps, {
      ...ref,
      entity: 'budgetLine',
      mutator: mutators.budget.note,
      method: 'put',
      path: '/budget-lines/:id/note',
      summary: 'Why the line is over or under (F6): finance or the line’s owner',
      status: 204,
    }),
    writeRoute(deps, {
      ...ref,
      entity: 'budgetLine',
      mutator: mutators.budget.removeLine,
      method: 'delete',
      path: '/budget-lines/:id',
      summary: 'Remove a budget line (refused while invoices point at it)',
      status: 204,
      exists: async (ctx, a) => readOne(zdb.run(companyRows('budget_line', ctx, 'finance.manage').where('id', a.id).one())),
    }),
    route({
      ...ref,
      entity: 'counterparty',
      method: 'get',
      path: '/counterparties',
      summary: 'Counterparties with their BIN/IIN and bank details',
      auth: 'member',
      response: z.object({data: z.array(counterpartyRow)}),
      async handler({ctx}) {
        return {body: {data: toCamel(await zdb.run(queries.finance.counterparties.fn({args: undefined, ctx})))}};
      },
    }),
    writeRoute(deps, {
      ...ref,
      entity: 'counterparty',
      mutator: mutators.counterparty.save,
      method: 'post',
      path: '/counterparties',
      summary: 'Create or change a counterparty (BIN/IIN, IBAN KZ and BIK checked)',
      response: counterpartyRow,
      read: (ctx, a) => readOne(zdb.run(companyRows('counterparty', ctx).where('id', a.id).one())),
    }),
    writeRoute(deps, {
      ...ref,
      entity: 'counterparty',
      mutator: mutators.counterparty.archive,
      method: 'post',
      path: '/counterparties/:id/archive',
      summary: 'Archive or restore a counterparty',
      status: 204,
    }),
    writeRoute(deps, {
      ...ref,
      entity: 'expenseItem',
      mutator: mutators.expenseItem.save,
      method: 'post',
      path: '/expense-items',
      summary: 'Create or rename an expense item',
      status: 204,
    }),
    writeRoute(deps, {
      ...ref,
      entity: 'expenseItem',
      mutator: mutators.expenseItem.archive,
      method: 'post',
      path: '/expense-items/:id/archive',
      summary: 'Archive or restore an expense item',
      status: 204,
    }),
    writeRoute(deps, {
      ...ref,
      entity: 'rate',
      mutator: mutators.rate.save,
      method: 'post',
      path: '/rates',
      summary: 'Record a currency rate (KZT per unit) on a date',
      status: 204,
    }),
    writeRoute(deps, {
      ...ref,
      entity: 'company',
      mutator: mutators.financeSettings.save,
      method: 'put',
      path: '/finance/settings',
      summary: 'The approval chains of invoices and documents, and the reminder days',
      status: 204,
    }),
  ];
}
