// Finance reference data (issue 16): counterparties (BIN/IIN and IBAN KZ
// checked), expense items, budget lines (plan, limit, the F6 note), the
// company's rate table and its approval chains. Everything here needs
// finance.manage, except the note of a line, which its owner may write too.
// Invoices and their approvals are in finance-invoice.ts and finance-approval.ts.
import {zql} from '#schema/zero-schema.ts';
import {domainError} from '../errors.ts';
import {mayManageFinance} from '../finance/access.ts';
import {
  archiveArgs,
  lineNoteArgs,
  removeLineArgs,
  saveCounterpartyArgs,
  saveItemArgs,
  saveLineArgs,
  saveRateArgs,
  saveSettingsArgs,
} from '../finance/validation.ts';
import type {AuthContext} from '../auth/context.ts';
import {companyRows} from '../queries/scope.ts';
import {dotMutator} from './define.ts';

function assertManage(ctx: AuthContext): void {
  if (!mayManageFinance(ctx)) throw domainError('not_found');
}

/** A row of another company under this id is "not found"; a missing one is new. */
async function own<T extends {company_id: string}>(row: T | undefined, ctx: AuthContext): Promise<T | undefined> {
  if (row && row.company_id !== ctx.companyID) throw domainError('not_found');
  return row;
}

export const counterpartyMutators = {
  save: dotMutator(saveCounterpartyArgs, async ({tx, args, ctx}) => {
    assertManage(ctx);
    const existing = await own(await tx.run(zql.counterparty.where('id', args.id).one()), ctx);
    const fields = {name: args.name, bin: args.bin, iban: args.iban, bik: args.bik, bank: args.bank, contact: args.contact, updated_at: args.createdAt};
    if (existing) await tx.mutate.counterparty.update({id: args.id, ...fields});
    else await tx.mutate.counterparty.insert({id: args.id, company_id: ctx.companyID, archived: false, created_at: args.createdAt, ...fields});
  }),
  archive: dotMutator(archiveArgs, async ({tx, args, ctx}) => {
    assertManage(ctx);
    const row = await tx.run(companyRows('counterparty', ctx).where('id', args.id).one());
    if (!row) throw domainError('not_found');
    await tx.mutate.counterparty.update({id: args.id, archived: args.archived, updated_at: args.at ?? row.updated_at});
  }),
};

export const expenseItemMutators = {
  save: dotMutator(saveItemArgs, async ({tx, args, ctx}) => {
    assertManage(ctx);
    const existing = await own(await tx.run(zql.expense_item.where('id', args.id).one()), ctx);
    if (existing) await tx.mutate.expense_item.update({id: args.id, name: args.name});
    else
      await tx.mutate.expense_item.insert({
        id: args.id,
        company_id: ctx.companyID,
        name: args.name,
        archived: false,
        position: args.createdAt,
        created_at: args.createdAt,
      });
  }),
  archive: dotMutator(archiveArgs, async ({tx, args, ctx}) => {
    assertManage(ctx);
    const row = await tx.run(companyRows('expense_item', ctx).where('id', args.id).one());
    if (!row) throw domainError('not_found');
    await tx.mutate.expense_item.update({id: args.id, archived: args.archived});
  }),
};

export const budgetMutators = {
  saveLine: dotMutator(saveLineArgs, async ({tx, args, ctx}) => {
    assertManage(ctx);
    const item = await tx.run(companyRows('expense_item', ctx).where('id', args.itemId).one());
    if (!item) throw domainError('validation', {fields: [{field: 'itemId', code: 'v.invalid'}]});
    if (args.ownerId && !(await tx.run(companyRows('member', ctx).where('id', args.ownerId).one()))) {
      throw domainError('validation', {fields: [{field: 'ownerId', code: 'v.invalid'}]});
    }
    // One line per period, item, project and branch: the other one is named, to open instead.
    const twin = await tx.run(
      companyRows('budget_line', ctx)
        .where('period', args.period)
        .where('item_id', args.itemId)
        .where('project', args.project)
        .where('branch', args.branch)
        .one(),
    );
    if (twin && twin.id !== args.id) throw domainError('conflict', {messageKey: 'finance.lineExists', field: 'period', existingId: twin.id});
    const existing = await own(await tx.run(zql.budget_line.where('id', args.id).one()), ctx);
    const fields = {
      period: args.period,
      item_id: args.itemId,
      project: args.project,
      branch: args.branch,
      ...(args.ownerId !== undefined && {owner_id: args.ownerId}),
      plan: args.plan,
      ...(args.limit !== undefined && {limit_amount: args.limit}),
      updated_at: args.createdAt,
    };
    if (existing) await tx.mutate.budget_line.update({id: args.id, ...fields});
    else
      await tx.mutate.budget_line.insert({
        id: args.id,
        company_id: ctx.companyID,
        note: '',
        created_at: args.createdAt,
        owner_id: null,
        limit_amount: null,
        ...fields,
      });
  }),

  /** F6: why the line is over or under, written by finance or by the line's owner. */
  note: dotMutator(lineNoteArgs, async ({tx, args, ctx}) => {
    const line = await tx.run(companyRows('budget_line', ctx).where('id', args.id).one());
    if (!line) throw domainError('not_found');
    const owner = ctx.kind === 'member' && !!line.owner_id && line.owner_id === ctx.memberID;
    if (!mayManageFinance(ctx) && !owner) throw domainError('not_found');
    await tx.mutate.budget_line.update({id: args.id, note: args.note, updated_at: args.at ?? line.updated_at});
  }),

  /** Refused while invoices point at the line: their budget check would have nothing to check against. */
  removeLine: dotMutator(removeLineArgs, async ({tx, args, ctx}) => {
    assertManage(ctx);
    const line = await tx.run(companyRows('budget_line', ctx).where('id', args.id).one());
    if (!line) return;
    const used = await tx.run(companyRows('invoice', ctx).where('budget_line_id', args.id).one());
    if (used) throw domainError('forbidden_state', {messageKey: 'finance.lineInUse'});
    await tx.mutate.budget_line.delete({id: args.id});
  }),
};

export const rateMutators = {
  save: dotMutator(saveRateArgs, async ({tx, args, ctx}) => {
    assertManage(ctx);
    const same = await tx.run(companyRows('currency_rate', ctx).where('currency', args.currency).where('on_date', args.onDate).one());
    if (same && same.id !== args.id) {
      await tx.mutate.currency_rate.update({id: same.id, rate: args.rate});
      return;
    }
    const existing = await own(await tx.run(zql.currency_rate.where('id', args.id).one()), ctx);
    if (existing) await tx.mutate.currency_rate.update({id: args.id, currency: args.currency, on_date: args.onDate, rate: args.rate});
    else
      await tx.mutate.currency_rate.insert({
        id: args.id,
        company_id: ctx.companyID,
        currency: args.currency,
        on_date: args.onDate,
        rate: args.rate,
        created_at: args.createdAt,
      });
  }),
};

/** The company's one settings row: its id is the company's, so two devices write the same row. */
export const financeSettingsMutators = {
  save: dotMutator(saveSettingsArgs, async ({tx, args, ctx}) => {
    assertManage(ctx);
    const id = `fin:${ctx.companyID}`;
    const existing = await tx.run(companyRows('finance_settings', ctx).one());
    const fields = {
      invoice_chain: args.invoiceChain,
      document_chain: args.documentChain,
      remind_days: args.remindDays,
      updated_at: args.at ?? existing?.updated_at ?? 0,
    };
    if (existing) await tx.mutate.finance_settings.update({id: existing.id, ...fields});
    else await tx.mutate.finance_settings.insert({id, company_id: ctx.companyID, ...fields});
  }),
};
