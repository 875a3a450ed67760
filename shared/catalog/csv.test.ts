import {describe, expect, it} from 'vitest';
import {createTranslator} from '../i18n/translate.ts';
import {exportRows, mapHeaders, planImport} from './csv.ts';
import {parseTenge, priceLabel, tengeInput} from './price.ts';

let n = 0;
const newId = () => `id-${++n}`;

describe('catalog CSV', () => {
  it('reads an Excel-style file with Russian headers, sub-categories and prices as people type them', () => {
    const table = [
      ['\uFEFFНазвание', 'Категория', 'Цена', 'Тип цены', 'Ед. изм.', 'Наличие', 'На сайте', 'Лишняя колонка'],
      ['Торт «Наполеон»', 'Торты / Классические', '12 000', '', 'кг', 'в наличии', 'да', 'x'],
      ['Свадебный торт', 'Торты', '', 'по запросу', '', 'под заказ', '', ''],
      ['Латте', 'Напитки', '900,50', 'от', 'порция', '', 'нет', ''],
      ['', '', '', '', '', '', '', ''],
    ];
    const plan = planImport(table, {categories: [], items: []}, newId, 1);
    expect(plan.errors).toEqual([]);
    expect(plan.created).toBe(3);
    expect(plan.args.categories.map((c) => [c.title, c.parentId === null])).toEqual([
      ['Торты', true],
      ['Классические', false],
      ['Напитки', true],
    ]);
    expect(plan.args.items.map((i) => [i.title, i.price, i.priceKind, i.availability, i.isPublic])).toEqual([
      ['Торт «Наполеон»', 1_200_000, 'fixed', 'in_stock', true],
      ['Свадебный торт', null, 'on_request', 'to_order', true],
      ['Латте', 90_050, 'from', 'in_stock', false],
    ]);
  });

  it('reports bad rows by their line in the file and imports nothing', () => {
    const plan = planImport(
      [
        ['Title', 'Price', 'Availability'],
        ['Ok', '100', 'in stock'],
        ['', '100', ''],
        ['Bad price', '12a', 'soon'],
      ],
      {categories: [], items: []},
      newId,
      1,
    );
    expect(plan.errors.map((e) => [e.row, e.issues.map((i) => i.field)])).toEqual([
      [3, ['title']],
      [4, ['price', 'availability']],
    ]);
  });

  it('round-trips: an exported file, imported again, updates the same items (in every language)', () => {
    for (const locale of ['ru', 'kk', 'en'] as const) {
      const t = createTranslator(locale);
      const categories = [
        {id: 'c1', title: 'Торты', parent_id: null, position: 1},
        {id: 'c2', title: 'Медовые', parent_id: 'c1', position: 2},
      ];
      const items = [
        {
          id: 'i1',
          number: 1,
          category_id: 'c2',
          title: 'Медовик; большой',
          description: 'С "мёдом"\nи орехами',
          price_kind: 'from',
          price: 450_050,
          unit: 'кг',
          availability: 'to_order',
          is_public: false,
          position: 1,
        },
        {
          id: 'i2',
          number: 2,
          category_id: null,
          title: 'Кофе',
          description: '',
          price_kind: 'on_request',
          price: null,
          unit: '',
          availability: 'unavailable',
          is_public: true,
          position: 2,
        },
      ];
      const rows = exportRows(items, categories, t, locale);
      expect(mapHeaders(rows[0]!)).not.toContain(null);
      const plan = planImport(rows, {categories, items}, newId, 1);
      expect(plan.errors).toEqual([]);
      expect(plan.updated).toBe(2);
      expect(plan.args.categories).toEqual([]);
      expect(plan.args.items.map(({replace, ...i}) => ({...i, replace}))).toEqual([
        {
          id: 'i1',
          title: 'Медовик; большой',
          description: 'С "мёдом"\nи орехами',
          categoryId: 'c2',
          priceKind: 'from',
          price: 450_050,
          unit: 'кг',
          availability: 'to_order',
          isPublic: false,
          replace: true,
        },
        {
          id: 'i2',
          title: 'Кофе',
          description: '',
          categoryId: null,
          priceKind: 'on_request',
          price: null,
          unit: '',
          availability: 'unavailable',
          isPublic: true,
          replace: true,
        },
      ]);
    }
  });

  it('prices: tenge in, tiyn stored, words out', () => {
    expect(parseTenge('1 500')).toBe(150_000);
    expect(parseTenge('1\u00a0500,5 ₸')).toBe(150_050);
    expect(parseTenge('')).toBeNull();
    expect(parseTenge('-5')).toBeUndefined();
    expect(tengeInput(150_050)).toBe('1500,50');
    const t = createTranslator('ru');
    expect(priceLabel({price_kind: 'from', price: 150_000, unit: 'час'}, 'KZT', 'ru', t)).toBe('от 1\u00a0500\u00a0₸ / час');
    expect(priceLabel({price_kind: 'on_request', price: null}, 'KZT', 'kk', createTranslator('kk'))).toBe('Бағасы сұрау бойынша');
  });
});
