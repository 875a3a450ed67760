// Finance (issue 16), on the device's own code (pure, no stack):
// 1. The registry: 50,000 invoices (with their counterparties) filtered with
//    shared/finance/registry.ts as the screen does on every keystroke — by
//    words, by status, by a counterparty and a date range, and sorted.
// 2. The budget report over 12 months × 200 lines (2,400 lines, ~48,000
//    invoices on them) with shared/finance/report.ts, per line and rolled up
//    to quarters.
// Usage: npm run bench -- finance   (FINANCE_BENCH_N=50000, FINANCE_BENCH_RUNS=20)
import {filterInvoices, sortInvoices, type RegistryFilter, type RegistryRow} from '#shared/finance/registry.ts';
import {budgetReport, invoicesByLine, type ReportLine} from '#shared/finance/report.ts';
import {fmt, stats} from './browser.ts';

const N = Number(process.env.FINANCE_BENCH_N ?? 50_000);
const RUNS = Number(process.env.FINANCE_BENCH_RUNS ?? 20);
const STATUSES = ['received', 'approval', 'approved', 'paying', 'paid', 'closed', 'returned', 'rejected'];
const WORDS = ['Аренда', 'Канцтовары', 'Бумага', 'Логистика', 'Ремонт', 'Связь', 'Реклама', 'Обучение', 'Топливо', 'Охрана'];

/** A deterministic generator: the same rows on every run. */
function rng(seed: number) {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

function invoices(n: number, lines: number) {
  const r = rng(7);
  const counterparties = Array.from({length: 500}, (_, i) => ({name: `ТОО «${WORDS[i % WORDS.length]} ${i}»`, bin: String(100_000_000_000 + i * 7919)}));
  return Array.from({length: n}, (_, i): RegistryRow & {amount_kzt: number} => {
    const c = Math.floor(r() * counterparties.length);
    const day = 1 + Math.floor(r() * 365);
    const date = new Date(Date.UTC(2026, 0, day)).toISOString().slice(0, 10);
    return {
      id: `inv-${i}`,
      number: `СФ-${i}`,
      status: STATUSES[Math.floor(r() * STATUSES.length)]!,
      counterparty_id: `c${c}`,
      budget_line_id: `l${Math.floor(r() * lines)}`,
      purpose: `${WORDS[Math.floor(r() * WORDS.length)]} за ${date.slice(5, 7)} месяц`,
      project: `Проект ${i % 12}`,
      branch: i % 2 ? 'Алматы' : 'Астана',
      invoice_date: date,
      pay_by: date,
      amount_kzt: 1_000_00 + Math.floor(r() * 1_000_000_00),
      created_at: 1_780_000_000_000 + i * 1000,
      counterparty: counterparties[c]!,
    };
  });
}

function time(fn: () => unknown): {ms: ReturnType<typeof stats>; first: number; result: unknown} {
  const samples: number[] = [];
  let result: unknown;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    result = fn();
    samples.push(performance.now() - t);
  }
  return {ms: stats(samples), first: samples[0]!, result};
}

export function registryBench() {
  const rows = invoices(N, 2400);
  const filters: [string, RegistryFilter][] = [
    ['words "аренда алматы"', {q: 'аренда алматы'}],
    ['a BIN prefix', {q: '1000000'}],
    ['status approval + approved', {status: ['approval', 'approved']}],
    ['a counterparty and a quarter', {counterpartyId: 'c42', from: '2026-04-01', to: '2026-06-30'}],
    ['all of them at once', {q: 'аренда', status: ['paid', 'closed'], branch: 'Алматы', from: '2026-01-01', to: '2026-12-31'}],
  ];
  const out = filters.map(([name, f]) => {
    const {ms, first, result} = time(() => filterInvoices(rows, f));
    return {name, ms, first, kept: (result as unknown[]).length};
  });
  const sorted = time(() => sortInvoices(filterInvoices(rows, {status: ['approval', 'approved', 'paying']}), 'amount', 'desc'));
  return {out, sorted: sorted.ms};
}

export function reportBench() {
  const lines: ReportLine[] = [];
  for (let m = 1; m <= 12; m++)
    for (let l = 0; l < 200; l++)
      lines.push({
        id: `l${(m - 1) * 200 + l}`,
        period: `2026-${String(m).padStart(2, '0')}`,
        item_id: `item${l}`,
        project: `Проект ${l % 5}`,
        branch: l % 2 ? 'Алматы' : 'Астана',
        plan: 10_000_000_00,
        limit_amount: 12_000_000_00,
        note: l % 10 ? '' : 'Перерасход из-за курса',
        item: {name: `Статья ${l}`},
      });
  const inv = invoices(Math.round(N * 0.96), lines.length);
  const grouping = time(() => invoicesByLine(inv));
  const byLine = invoicesByLine(inv);
  const perLine = time(() => budgetReport(lines, byLine, {from: '2026-01', to: '2026-12'}));
  const quarters = time(() => budgetReport(lines, byLine, {from: '2026-01', to: '2026-12', by: 'quarter'}));
  return {
    lines: lines.length,
    invoices: inv.length,
    grouping: grouping.ms,
    perLine: perLine.ms,
    rows: (perLine.result as unknown[]).length,
    quarters: quarters.ms,
  };
}

if (import.meta.main) {
  const r = registryBench();
  console.log(`registry of ${N} invoices, filterInvoices on the device's code (${RUNS} runs each):`);
  // The first search over fresh rows also makes each row's searchable text (kept per row after that).
  for (const f of r.out) console.log(`  ${f.name}: first ${fmt(f.first)}, median ${fmt(f.ms.median)}, max ${fmt(f.ms.max)} (${f.kept} kept)`);
  console.log(`  filter + sort by amount: median ${fmt(r.sorted.median)}, max ${fmt(r.sorted.max)}`);
  const b = reportBench();
  console.log(`budget report, 12 months × 200 lines (${b.lines} lines, ${b.invoices} invoices on them):`);
  console.log(`  grouping invoices by line: median ${fmt(b.grouping.median)}, max ${fmt(b.grouping.max)}`);
  console.log(`  over/under per period and line (${b.rows} rows): median ${fmt(b.perLine.median)}, max ${fmt(b.perLine.max)}`);
  console.log(`  rolled up to quarters: median ${fmt(b.quarters.median)}, max ${fmt(b.quarters.max)}`);
}
