import {describe, expect, it} from 'vitest';
import type {FieldDef} from '../workflow/fields.ts';
import {contextOf} from './context.ts';

const label = (ru: string) => ({ru, kk: ru, en: ru});

describe('a task’s context from its request', () => {
  it('names the request and copies the step’s fields as text, money in tenge', () => {
    const defs = [
      {key: 'supplier', label: label('Поставщик'), kind: 'text'},
      {key: 'amount', label: label('Сумма'), kind: 'money'},
    ] as unknown as FieldDef[];
    const context = contextOf({number: 12, title: 'Аренда', fields: {supplier: 'ТОО «Алатау»', amount: 350_000_00}}, defs, ['supplier', 'amount', 'missing']);
    expect(context.map((c) => [c.key, c.value.replace(/\s/gu, ' ')])).toEqual([
      ['_request', '№12 Аренда'],
      ['supplier', 'ТОО «Алатау»'],
      ['amount', '350 000 ₸'],
    ]);
  });
});
