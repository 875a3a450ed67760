// /api/v1/clients import and export. Import: a preview of a spreadsheet (the
// columns as guessed, each row checked, what it would do), then one write of
// the chosen rows — all or none. Export: CSV or XLSX, contact columns only for
// callers who may see contacts, and every export written to the audit log
// (through client.logExport, so the same permission rules apply).
import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/node';
import {z} from 'zod';
import {exportClientRows} from '#shared/crm/export.ts';
import {decideImport, summarizeImport} from '#shared/crm/import.ts';
import {guessMapping, IMPORT_FIELDS, readClientSheet} from '#shared/crm/sheet.ts';
import {clientSourceLabel} from '#shared/crm/source.ts';
import {importRowShape, MAX_IMPORT_ROWS, nameOrContact} from '#shared/crm/validation.ts';
import {CSV_BOM, CSV_OPTIONS} from '#shared/files/csv.ts';
import {createTranslator} from '#shared/i18n/translate.ts';
import {queries} from '#shared/queries/index.ts';
import {newId} from '../auth/tokens.ts';
import {readSpreadsheet} from '../files/spreadsheet.ts';
import {opKey, recordId} from '../rest/idempotency.ts';
import {route} from '../rest/route.ts';
import type {ZeroDb} from '../zero/db.ts';
import type {Executor} from '../zero/execute.ts';
import {loadCrm} from './clients-data.ts';
import {mutators} from '#shared/mutators/index.ts';

const issue = z.object({field: z.string(), code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional()});

export function clientIoRoutes(deps: {zdb: ZeroDb; executor: Executor; now: () => number}) {
  const {zdb, executor} = deps;
  return [
    route({
      method: 'post',
      path: '/clients/import/preview',
      tag: 'clients',
      summary:
        'Read clients from an .xlsx or .csv file (raw file as the body; `?mapping=name,phone,skip,…` overrides the guessed columns): ' +
        'the rows, per line what is wrong, and what each row would do. Nothing is saved.',
      auth: 'member',
      permission: 'clients.manage',
      query: z.object({mapping: z.string().max(2000).optional()}),
      response: z.object({
        header: z.array(z.string()),
        mapping: z.array(z.enum(IMPORT_FIELDS)),
        rows: z.array(
          z.object({line: z.number(), target: z.enum(['new', 'existing', 'row']), clientId: z.string().nullable(), row: z.record(z.string(), z.unknown())}),
        ),
        problems: z.array(z.object({line: z.number(), issues: z.array(issue)})),
        summary: z.object({created: z.number(), updated: z.number(), repeated: z.number()}),
      }),
      async handler({query, ctx, req}) {
        const table = await readSpreadsheet(req);
        const headerIndex = table.findIndex((r) => r.some((c) => String(c ?? '').trim() !== ''));
        const header = (table[headerIndex] ?? []).map((h) => String(h ?? ''));
        const given = query.mapping?.split(',').map((m) => m.trim());
        const mapping =
          given && given.every((m) => (IMPORT_FIELDS as readonly string[]).includes(m)) ? (given as (typeof IMPORT_FIELDS)[number][]) : guessMapping(header);
        const read = readClientSheet(table, mapping, () => newId());
        const crm = await loadCrm(zdb, ctx, deps.now());
        const decisions = decideImport(
          read.rows.map((r) => r.row),
          crm.contacts,
          crm.clients,
        );
        return {
          body: {
            header,
            mapping,
            rows: read.rows.map((r, i) => {
              const target = decisions[i]!.target;
              return {line: r.line, target: target.kind, clientId: target.kind === 'new' ? null : target.clientId, row: r.row};
            }),
            problems: read.problems,
            summary: summarizeImport(decisions),
          },
        };
      },
    }),
    route({
      method: 'post',
      path: '/clients/import',
      tag: 'clients',
      summary: 'Save clients in one step, all rows or none (rows as the preview returns them); known contacts add to their client',
      auth: 'member',
      permission: 'clients.manage',
      body: z.object({
        rows: z
          .array(importRowShape.partial({id: true}).superRefine(nameOrContact))
          .min(1)
          .max(MAX_IMPORT_ROWS),
      }),
      status: 201,
      response: z.object({created: z.number(), updated: z.number(), repeated: z.number()}),
      async handler({body, ctx, req}) {
        const rows = body.rows.map((r, i) => ({...r, id: r.id ?? recordId(req, ctx, `import:${i}`)}));
        const crm = await loadCrm(zdb, ctx, deps.now());
        const summary = summarizeImport(decideImport(rows, crm.contacts, crm.clients));
        await executor.run(mutators.client.import({rows, createdAt: deps.now(), ...opKey(req)}), ctx);
        return {status: 201, body: summary};
      },
    }),
    route({
      method: 'get',
      path: '/clients/export',
      tag: 'clients',
      summary: 'The client base as CSV (semicolons, BOM) or XLSX, headers in the caller’s language; written to the audit log',
      auth: 'member',
      permission: 'clients.export',
      query: z.object({format: z.enum(['csv', 'xlsx']).default('csv')}),
      async handler({query, ctx, req, res, locale}) {
        const crm = await loadCrm(zdb, ctx, deps.now());
        const live = crm.clients.filter((c) => !c.merged_into);
        await executor.run(
          mutators.client.logExport({
            id: recordId(req, ctx, 'export'),
            format: query.format,
            rows: live.length,
            withContacts: crm.seesContacts,
            at: deps.now(),
            ...opKey(req),
          }),
          ctx,
        );
        const company = await zdb.run(queries.company.current.fn({args: undefined, ctx}));
        const day = new Intl.DateTimeFormat('sv-SE', {timeZone: company?.timezone ?? 'Asia/Almaty'});
        const t = createTranslator(locale);
        const table = exportClientRows(live, crm.contacts, crm.statsOf, {
          withContacts: crm.seesContacts,
          t,
          date: (ms) => day.format(ms),
          sourceLabel: (s) => clientSourceLabel(s, t),
        });
        if (query.format === 'csv') {
          res.set({'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="clients.csv"'});
          res.send(CSV_BOM + Papa.unparse(table, CSV_OPTIONS));
        } else {
          res.set({
            'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'Content-Disposition': 'attachment; filename="clients.xlsx"',
          });
          res.send(await writeXlsxFile(table).toBuffer());
        }
      },
    }),
  ];
}
