import {permissionsOf} from '../auth/permissions.ts';
import {defineModule} from '../module/define.ts';
import {counterpartyMutators, budgetMutators, expenseItemMutators, financeSettingsMutators, rateMutators} from '../mutators/finance.ts';
import {approvalMutators} from '../mutators/finance-approval.ts';
import {invoiceMutators} from '../mutators/finance-invoice.ts';
import {financeQueries} from '../queries/finance.ts';

/** Finance (issue 16): invoices with approval chains, budgets with limits, counterparties, rates. Switched with documents by `finance`. */
export const financeModule = defineModule({
  key: 'finance',
  switch: 'finance',
  permissions: permissionsOf('finance'),
  mutators: {
    counterparty: counterpartyMutators,
    expenseItem: expenseItemMutators,
    budget: budgetMutators,
    rate: rateMutators,
    financeSettings: financeSettingsMutators,
    invoice: invoiceMutators,
    approval: approvalMutators,
  },
  queries: {finance: financeQueries},
});
