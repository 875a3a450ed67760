// CSV import and export of the catalog, as Excel in Kazakhstan writes it:
// semicolons, a BOM, Russian headers. Parsing and writing the CSV text is
// papaparse's job (client and server); this maps parsed rows to one import
// write and back, with row-level errors. Headers are recognised in Russian,
// Kazakh and English; "Торты / Свадебные" is a sub-category.
import type {Locale} from '../i18n/locales.ts';
import type {Translate} from '../i18n/translate.ts';
import type {FieldIssue} from '../errors.ts';
import type {MessageKey} from '../i18n/catalog.ts';
import {parseTenge, tengeInput, type PriceKind} from './price.ts';
import {POSITION_STEP} from './position.ts';
import {AVAILABILITY, importArgs, MAX_IMPORT_ROWS, type Availability, type ImportArgs} from './validation.ts';
import {toFieldIssues} from '../validation/issues.ts';

export const CSV_COLUMNS = ['id', 'number', 'category', 'title', 'description', 'price', 'priceKind', 'unit', 'availability', 'public'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

const HEADER_KEYS: Record<CsvColumn, MessageKey> = {
  id: 'catalog.csv.id',
  number: 'catalog.csv.number',
  category: 'catalog.csv.category',
  title: 'catalog.csv.title',
  description: 'catalog.csv.description',
  price: 'catalog.csv.price',
  priceKind: 'catalog.csv.priceKind',
  unit: 'catalog.csv.unit',
  availability: 'catalog.csv.availability',
  public: 'catalog.csv.public',
};

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.:]$/, '');

const ALIASES: Record<CsvColumn, readonly string[]> = {
  id: ['id', 'ид'],
  number: ['number', 'no', '№', 'номер', 'нөмір'],
  category: ['category', 'категория', 'санат', 'раздел'],
  title: ['title', 'name', 'название', 'наименование', 'атауы', 'атау', 'товар', 'услуга'],
  description: ['description', 'описание', 'сипаттама'],
  price: ['price', 'цена', 'баға', 'стоимость', 'цена, ₸', 'цена ₸'],
  priceKind: ['price kind', 'price type', 'тип цены', 'баға түрі'],
  unit: ['unit', 'ед. изм', 'ед изм', 'единица', 'өлшем бірлігі', 'бірлік'],
  availability: ['availability', 'наличие', 'бар болуы', 'қолжетімділік'],
  public: ['public', 'on site', 'на сайте', 'сайтта', 'показывать'],
};

/** Maps each header of the file to a column, or null when unknown (ignored). */
export function mapHeaders(headers: readonly string[]): (CsvColumn | null)[] {
  return headers.map((h) => {
    const n = norm(h.replace(/^\uFEFF/, ''));
    return (CSV_COLUMNS.find((c) => ALIASES[c].includes(n) || norm(c) === n) ?? null) as CsvColumn | null;
  });
}

const KIND_WORDS: Record<string, PriceKind> = {
  '': 'fixed',
  fixed: 'fixed',
  фикс: 'fixed',
  точная: 'fixed',
  from: 'from',
  от: 'from',
  бастап: 'from',
  'from price': 'from',
  'on request': 'on_request',
  on_request: 'on_request',
  'по запросу': 'on_request',
  договорная: 'on_request',
  'сұрау бойынша': 'on_request',
};
const AVAILABILITY_WORDS: Record<string, Availability> = {
  '': 'in_stock',
  in_stock: 'in_stock',
  'in stock': 'in_stock',
  'в наличии': 'in_stock',
  есть: 'in_stock',
  бар: 'in_stock',
  'қолда бар': 'in_stock',
  to_order: 'to_order',
  'to order': 'to_order',
  'под заказ': 'to_order',
  тапсырыспен: 'to_order',
  unavailable: 'unavailable',
  'not available': 'unavailable',
  'нет в наличии': 'unavailable',
  нет: 'unavailable',
  жоқ: 'unavailable',
  'қолда жоқ': 'unavailable',
};
const YES = new Set(['', '1', 'да', 'yes', 'true', 'иә', 'y', '+']);
const NO = new Set(['0', 'нет', 'no', 'false', 'жоқ', 'n', '-']);

export type ExistingCatalog = {
  categories: readonly {id: string; title: string; parent_id?: string | null | undefined; position: number}[];
  items: readonly {id: string; number?: number | null | undefined; position: number}[];
};

export type RowError = {row: number; issues: FieldIssue[]};
export type ImportPlan = {args: ImportArgs; created: number; updated: number; errors: RowError[]};

/**
 * Parsed CSV rows (arrays, header first) → one import write. Rows with errors
 * are reported by their line number in the file and the whole import waits
 * until they are fixed. `newId` makes ids (passed in: shared/ has no randomness).
 */
export function planImport(table: readonly (readonly string[])[], existing: ExistingCatalog, newId: () => string, createdAt: number): ImportPlan {
  const [header = [], ...body] = table;
  const columns = mapHeaders(header);
  const errors: RowError[] = [];
  if (!columns.includes('title')) {
    return {args: {categories: [], items: [], createdAt}, created: 0, updated: 0, errors: [{row: 1, issues: [{field: 'title', code: 'catalog.csv.noTitle'}]}]};
  }
  const categories: ImportArgs['categories'] = [];
  const categoryKey = (title: string, parentId: string | null) => `${parentId ?? ''}\u0000${title.trim().toLowerCase()}`;
  const known = new Map(existing.categories.map((c) => [categoryKey(c.title, c.parent_id ?? null), c.id]));
  let nextCategoryPos = Math.max(0, ...existing.categories.map((c) => c.position)) + POSITION_STEP;
  const categoryId = (path: string): string | null => {
    let parent: string | null = null;
    for (const part of path
      .split('/')
      .map((p) => p.trim())
      .filter(Boolean)
      .slice(0, 2)) {
      const key = categoryKey(part, parent);
      let id = known.get(key);
      if (!id) {
        id = newId();
        known.set(key, id);
        categories.push({id, title: part.slice(0, 120), parentId: parent, position: nextCategoryPos});
        nextCategoryPos += POSITION_STEP;
      }
      parent = id;
    }
    return parent;
  };
  const byId = new Map(existing.items.map((i) => [i.id, i]));
  const byNumber = new Map(existing.items.filter((i) => i.number).map((i) => [String(i.number), i]));
  let nextPos = Math.max(0, ...existing.items.map((i) => i.position)) + POSITION_STEP;
  const items: ImportArgs['items'] = [];
  let created = 0;
  let updated = 0;
  body.forEach((cells, index) => {
    const line = index + 2;
    const get = (c: CsvColumn) => {
      const i = columns.indexOf(c);
      return i >= 0 ? String(cells[i] ?? '').trim() : '';
    };
    if (cells.every((c) => String(c ?? '').trim() === '')) return;
    const issues: FieldIssue[] = [];
    const price = parseTenge(get('price'));
    const kindWord = norm(get('priceKind'));
    let priceKind: PriceKind | undefined = KIND_WORDS[kindWord];
    if (priceKind === undefined) issues.push({field: 'priceKind', code: 'v.invalid'});
    if (price === undefined) issues.push({field: 'price', code: 'v.price'});
    if (price === null && priceKind !== 'on_request') priceKind = 'on_request';
    const availability = AVAILABILITY_WORDS[norm(get('availability'))];
    if (!availability || !AVAILABILITY.includes(availability)) issues.push({field: 'availability', code: 'v.invalid'});
    const pub = norm(get('public'));
    if (!YES.has(pub) && !NO.has(pub)) issues.push({field: 'public', code: 'v.invalid'});
    const match = byId.get(get('id')) ?? byNumber.get(get('number'));
    const row = {
      id: match?.id ?? newId(),
      title: get('title'),
      description: get('description'),
      categoryId: get('category') ? categoryId(get('category')) : null,
      priceKind: priceKind ?? 'fixed',
      price: priceKind === 'on_request' ? null : (price ?? null),
      unit: get('unit'),
      availability: availability ?? 'in_stock',
      isPublic: !NO.has(pub),
      replace: !!match,
      ...(match ? {} : {position: nextPos}),
    };
    const parsed = importArgs.shape.items.element.safeParse(row);
    if (!parsed.success) issues.push(...toFieldIssues(parsed.error.issues));
    if (issues.length) {
      errors.push({row: line, issues});
      return;
    }
    if (match) updated++;
    else {
      created++;
      nextPos += POSITION_STEP;
    }
    items.push(row);
  });
  if (items.length > MAX_IMPORT_ROWS) errors.push({row: 0, issues: [{field: '_', code: 'catalog.csv.tooMany', params: {max: MAX_IMPORT_ROWS}}]});
  return {args: {categories, items, createdAt}, created, updated, errors};
}

export type ExportItem = {
  id: string;
  number?: number | null | undefined;
  category_id?: string | null | undefined;
  title: string;
  description: string;
  price_kind: string;
  price?: number | null | undefined;
  unit: string;
  availability: string;
  is_public: boolean;
};

/** The catalog as table rows (header first), ready for papaparse's unparse. */
export function exportRows(
  items: readonly ExportItem[],
  categories: readonly {id: string; title: string; parent_id?: string | null | undefined}[],
  t: Translate,
  _locale: Locale,
): string[][] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const path = (id: string | null | undefined): string => {
    const c = id ? byId.get(id) : undefined;
    if (!c) return '';
    const parent = c.parent_id ? byId.get(c.parent_id) : undefined;
    return parent ? `${parent.title} / ${c.title}` : c.title;
  };
  const kind = (k: string) => (k === 'from' ? t('catalog.csv.kind.from') : k === 'on_request' ? t('catalog.csv.kind.onRequest') : '');
  const availability = (a: string) => t(`catalog.availability.${a as Availability}`);
  return [
    CSV_COLUMNS.map((c) => t(HEADER_KEYS[c])),
    ...items.map((i) => [
      i.id,
      i.number ? String(i.number) : '',
      path(i.category_id),
      i.title,
      i.description,
      tengeInput(i.price),
      kind(i.price_kind),
      i.unit,
      availability(i.availability),
      i.is_public ? t('catalog.csv.yes') : t('catalog.csv.no'),
    ]),
  ];
}
