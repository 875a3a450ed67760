import {describe, expect, it} from 'vitest';
import {createTranslator} from '../i18n/translate.ts';
import type {Locale} from '../i18n/locales.ts';
import type {FieldDef} from '../workflow/fields.ts';
import {fieldChangeLines, type FieldFormatEnv} from './field-changes.ts';
import {historyLines, type AuditEntry} from './history.ts';

const def = (key: string, kind: FieldDef['kind'], label: FieldDef['label'], options: FieldDef['options'] = []): FieldDef => ({
  key,
  kind,
  label,
  options,
  required: false,
});

// The payment type of the back-office template, plus one field of every other kind.
const DEFS: FieldDef[] = [
  def('supplier', 'text', {ru: 'Поставщик', kk: 'Жеткізуші', en: 'Supplier'}),
  def('amount', 'money', {ru: 'Сумма', kk: 'Сома', en: 'Amount'}),
  def('pay_by', 'date', {ru: 'Срок оплаты', kk: 'Төлеу мерзімі', en: 'Pay by'}),
  def('basis', 'select', {ru: 'Основание', kk: 'Негіздеме', en: 'Basis'}, [
    {key: 'contract', label: {ru: 'Договор', kk: 'Шарт', en: 'Contract'}},
    {key: 'act', label: {ru: 'Акт', kk: 'Акт', en: 'Act'}},
  ]),
  def('urgent', 'checkbox', {ru: 'Срочно', kk: 'Шұғыл', en: 'Urgent'}),
  def('visit', 'datetime', {ru: 'Визит', kk: 'Келу', en: 'Visit'}),
  def('count', 'number', {ru: 'Количество', kk: 'Саны', en: 'Count'}),
  def('extras', 'multi_select', {ru: 'Опции', kk: 'Опциялар', en: 'Extras'}, [
    {key: 'box', label: {ru: 'Коробка', kk: 'Қорап', en: 'Box'}},
    {key: 'card', label: {ru: 'Открытка', kk: 'Ашықхат', en: 'Card'}},
  ]),
  def('manager', 'person', {ru: 'Менеджер', kk: 'Менеджер', en: 'Manager'}),
  def('docs', 'files', {ru: 'Документы', kk: 'Құжаттар', en: 'Documents'}),
];

const env = (locale: Locale): FieldFormatEnv => ({
  t: createTranslator(locale),
  locale,
  timeZone: 'Asia/Almaty',
  currency: 'KZT',
  memberName: (id) => ({m1: 'Айгерим'})[id],
});
// Intl puts narrow no-break spaces in numbers; the tests read plain ones.
const spaces = (lines: string[]) => lines.map((l) => l.replace(/[\u00a0\u202f]/g, ' '));

describe('a change of custom fields, in words', () => {
  const before = {supplier: 'ТОО «Алатау Плаза»', amount: 35_000_000};
  const after = {supplier: 'ТОО «Алатау Плаза»', amount: 18_500_000, basis: 'contract', pay_by: '2026-12-05'};

  it('names each changed field by its label and formats its value by kind (ru)', () => {
    expect(spaces(fieldChangeLines(before, after, DEFS, env('ru')))).toEqual([
      'Сумма: 350 000 ₸ → 185 000 ₸',
      'Срок оплаты: — → 5 декабря 2026 г.',
      'Основание: — → Договор',
    ]);
  });

  it('speaks the reader’s language (en, kk)', () => {
    expect(spaces(fieldChangeLines(before, after, DEFS, env('en')))).toEqual([
      'Amount: ₸350,000 → ₸185,000',
      'Pay by: — → 5 December 2026',
      'Basis: — → Contract',
    ]);
    const kk = spaces(fieldChangeLines(before, after, DEFS, env('kk')));
    expect(kk[0]).toBe('Сома: 350 000 ₸ → 185 000 ₸');
    expect(kk[2]).toBe('Негіздеме: — → Шарт');
  });

  it('leaves out fields that did not change, and a change that changes nothing', () => {
    expect(fieldChangeLines({amount: 100, basis: 'act'}, {basis: 'act', amount: 100}, DEFS, env('ru'))).toEqual([]);
    expect(fieldChangeLines({supplier: ''}, {}, DEFS, env('ru'))).toEqual([]);
  });

  it('shows yes/no, a time in the company’s zone, numbers, options, people and files', () => {
    const lines = spaces(
      fieldChangeLines(
        {urgent: false, count: 1200, extras: ['box'], docs: []},
        // 2026-03-06 04:30 UTC is 09:30 in Almaty (UTC+5).
        {urgent: true, visit: Date.UTC(2026, 2, 6, 4, 30), count: 1500.5, extras: ['box', 'card'], manager: 'm1', docs: ['a', 'b']},
        DEFS,
        env('ru'),
      ),
    );
    expect(lines).toEqual([
      'Срочно: Нет → Да',
      expect.stringMatching(/^Визит: — → 6 марта\D+09:30$/),
      'Количество: 1 200 → 1 500,5',
      'Опции: Коробка → Коробка, Открытка',
      'Менеджер: — → Айгерим',
      'Документы: — → 2 файла',
    ]);
  });

  it('names a field deleted since by its key, with a plain value', () => {
    expect(spaces(fieldChangeLines({old_note: 'был'}, {old_note: 'стал', amount: 100}, DEFS, env('ru')))).toEqual(['Сумма: — → 1 ₸', 'old_note: был → стал']);
  });
});

describe('the history of a request', () => {
  const t = createTranslator('ru');
  const entry: AuditEntry = {
    id: 'a1',
    entity: 'request',
    action: 'update',
    via: 'sync',
    created_at: 0,
    actor: {name: 'Алма'},
    changes: {fields: {old: {amount: 35_000_000, supplier: 'ТОО'}, new: {amount: 18_500_000, supplier: 'ТОО', basis: 'contract'}}},
  };

  it('shows a custom-fields change line by line, never as JSON', () => {
    const [line] = historyLines([entry], t, {fields: {defs: DEFS, env: env('ru')}});
    expect(t(line!.key, line!.params)).toBe('Алма изменил(а) «Данные заявки»');
    expect(spaces([...(line!.lines ?? [])])).toEqual(['Сумма: 350 000 ₸ → 185 000 ₸', 'Основание: — → Договор']);
    expect(line!.detail ?? '').not.toContain('{');
  });

  it('without the definitions still gives key: value lines, not JSON', () => {
    const [line] = historyLines([entry], t);
    expect(line!.lines).toEqual(['amount: 35000000 → 18500000', 'basis: — → contract']);
  });

  it('shows a deadline kept by PostgreSQL as text in the company’s zone, and a source by name', () => {
    const lines = historyLines([{...entry, changes: {deadline: {old: null, new: '2026-12-05T10:00:00+00:00'}, source: {old: 'manual', new: 'qr-door'}}}], t, {
      formatTime: (ms) => new Date(ms).toISOString(),
    });
    expect(lines.map((l) => l.detail)).toEqual(['— → 2026-12-05T10:00:00.000Z', 'Вручную → QR-код (qr-door)']);
  });
});
