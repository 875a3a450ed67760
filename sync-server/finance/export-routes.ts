// The registry's export (F3) with the filters on screen — the same
// shared/finance/registry.ts the device filters with — and the budget report
// "overspent / underspent" per period and line with the reasons (F6), as
// JSON, CSV (semicolons, BOM, Cyrillic intact) or XLSX.
import type express from 'express';
import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/node';
import {z} from 'zod';
import {visibleInvoices} from '#shared/finance/access.ts';
import {invoiceTable, reportTable} from '#shared/finance/export.ts';
import {filterInvoices, registryFilterSchema, sortInvoices} from '#shared/finance/registry.ts';
import {budgetReport} from '#shared/finance/report.ts';
import {CSV_BOM, CSV_OPTIONS} from '#shared/files/csv.ts';
import {createTranslator} from '#shared/i18n/translate.ts';
import {queries} from '#shared/queries/index.ts';
import type {HttpDeps} from '../module/define.ts';
import {route} from '../rest/route.ts';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

async function sendTable(res: express.Response, table: (string | number)[][], format: 'csv' | 'xlsx', name: string): Promise<void> {
  if (format === 'csv') {
    res.set({'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"`});
    res.send(CSV_BOM + Papa.unparse(table, CSV_OPTIONS));
    return;
  }
  res.set({'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Content-Disposition': `attachment; filename="${name}.xlsx"`});
  res.send(await writeXlsxFile(table).toBuffer());
}

export function exportRoutes(deps: HttpDeps) {
  const {zdb} = deps;
  return [
    route({
      method: 'get',
      path: '/invoices/export',
      tag: 'finance',
      summary: 'The registry as XLSX or CSV, filtered as on the screen (status=a,b, q, counterpartyId, lineId, from, to…), headers in your language',
      auth: 'member',
      query: registryFilterSchema.extend({format: z.enum(['xlsx', 'csv']).default('xlsx')}),
      async handler({query, ctx, res, locale}) {
        const rows = await zdb.run(
          visibleInvoices(ctx)
            .related('counterparty')
            .related('line', (q) => q.related('item'))
            .related('approvals', (q) => q.orderBy('grp', 'asc').orderBy('decided_at', 'asc').related('decider'))
            .orderBy('created_at', 'desc')
            .orderBy('id', 'desc'),
        );
        const t = createTranslator(locale);
        await sendTable(res, invoiceTable(sortInvoices(filterInvoices(rows, query)), t), query.format, 'invoices');
      },
    }),
    route({
      method: 'get',
      path: '/budget/report',
      tag: 'finance',
      summary:
        'Overspent / underspent per period and budget line (plan, actual, committed, forecast, remainder) with the reasons written; `by` rolls months up',
      auth: 'member',
      query: z.object({
        from: month.optional(),
        to: month.optional(),
        by: z.enum(['month', 'quarter', 'year']).optional(),
        format: z.enum(['json', 'xlsx', 'csv']).default('json'),
      }),
      async handler({query, ctx, res, locale}) {
        const lines = await zdb.run(queries.finance.lines.fn({args: undefined, ctx}));
        const rows = budgetReport(lines, new Map(lines.map((l) => [l.id, l.invoices])), query);
        if (query.format === 'json') return {body: {data: rows}};
        await sendTable(res, reportTable(rows, createTranslator(locale)), query.format, 'budget-report');
      },
    }),
  ];
}
