// The dashboard on one A4 page an owner can print or send: headline figures
// in plain words with the change on the previous period, and the funnel per
// source. Noto Sans, as the QR sheets, for Russian and Kazakh letters and ₸.
import PDFDocument from 'pdfkit';
import {createRequire} from 'node:module';
import type {Dashboard} from '#shared/analytics/types.ts';
import type {Locale} from '#shared/i18n/locales.ts';
import {formatMoney} from '#shared/i18n/format.ts';
import {createTranslator} from '#shared/i18n/translate.ts';

const require = createRequire(import.meta.url);
const FONT_REGULAR = require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf');

/** Rows of the funnel table that fit under the headlines on one page. */
const FUNNEL_ROWS = 24;

export async function dashboardPdf(current: Dashboard, previous: Dashboard, company: string, locale: Locale): Promise<Buffer> {
  const t = createTranslator(locale);
  const delta = (now: number, before: number) => (now === before ? t('analyticsPdf.same') : now > before ? `+${now - before}` : `−${before - now}`);
  const doc = new PDFDocument({size: 'A4', margin: 48, info: {Title: t('analyticsPdf.title', {from: current.query.from, to: current.query.to}), Creator: 'dot'}});
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font('bold').fontSize(16).text(t('analyticsPdf.title', {from: current.query.from, to: current.query.to}));
  doc.font('regular').fontSize(10).fillColor('#555').text(t('analyticsPdf.company', {company})).fillColor('#000').moveDown();
  doc.fontSize(11);
  const line = (text: string) => doc.text(text, {lineGap: 3});
  const {requests: r, clients: c, bookings: b, finance: f} = current;
  if (r) {
    line(t('analyticsPdf.requests', {n: r.total, delta: delta(r.total, previous.requests?.total ?? 0)}));
    line(t('analyticsPdf.overdue', {n: r.overdue}));
  }
  if (c) line(t('analyticsPdf.clients', {n: c.active, fresh: c.new, delta: delta(c.active, previous.clients?.active ?? 0)}));
  if (b) line(t('analyticsPdf.visits', {n: b.visits, revenue: formatMoney(b.revenue, 'KZT', locale), delta: delta(b.visits, previous.bookings?.visits ?? 0)}));
  if (f) line(t('analyticsPdf.paid', {n: f.paid.count, amount: formatMoney(f.paid.amount, 'KZT', locale)}));

  if (current.funnel) {
    doc.moveDown().font('bold').fontSize(13).text(t('analyticsPdf.funnel')).moveDown(0.5);
    const rows = current.funnel.rows.slice(0, FUNNEL_ROWS);
    if (!rows.length) doc.font('regular').fontSize(10).text(t('analyticsPdf.noFunnel'));
    else {
      const heads = ['source', 'views', 'visitors', 'wrote', 'booked', 'came', 'cameAgain'] as const;
      const widths = [163, 55, 60, 55, 55, 55, 60];
      const row = (cells: readonly string[], font: 'regular' | 'bold') => {
        const y = doc.y;
        let x = doc.page.margins.left;
        doc.font(font).fontSize(9);
        cells.forEach((cell, i) => {
          doc.text(cell, x, y, {width: widths[i]!, align: i ? 'right' : 'left', lineBreak: false, ellipsis: true});
          x += widths[i]!;
        });
        doc.x = doc.page.margins.left;
        doc.y = y + 16;
      };
      row(
        heads.map((h) => t(`analyticsPdf.${h}`)),
        'bold',
      );
      for (const x of rows) row([x.source || t('analyticsPdf.direct'), ...heads.slice(1).map((h) => String(x[h]))], 'regular');
    }
  }
  doc.end();
  return done;
}
