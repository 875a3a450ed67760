// Role names in the reader's language: system roles and the roles a ready
// template added; a company's own (or renamed) role as the company wrote it.
import {describe, expect, it} from 'vitest';
import {createTranslator} from '../i18n/translate.ts';
import type {Locale} from '../i18n/locales.ts';
import {roleName} from './role-name.ts';

const name = (role: {key: string; name?: string}, locale: Locale) => roleName(role, locale, createTranslator(locale));

describe('role names', () => {
  it('translates the system roles', () => {
    expect(name({key: 'owner', name: 'Владелец'}, 'kk')).toBe('Иесі');
    expect(name({key: 'staff', name: 'Сотрудник'}, 'en')).toBe('Staff');
  });

  it('shows a template’s role (stored in Russian) in the reader’s language', () => {
    expect(name({key: 'head', name: 'Руководитель'}, 'kk')).toBe('Басшы');
    expect(name({key: 'head', name: 'Руководитель'}, 'en')).toBe('Head');
    expect(name({key: 'executor', name: 'Исполнитель'}, 'en')).toBe('Executor');
    expect(name({key: 'finance', name: 'Финансист / бухгалтерия'}, 'en')).toBe('Finance');
    expect(name({key: 'head', name: 'Руководитель'}, 'ru')).toBe('Руководитель');
    expect(name({key: 'head'}, 'en')).toBe('Head');
  });

  it('keeps a name the company chose', () => {
    expect(name({key: 'head', name: 'Директор'}, 'en')).toBe('Директор');
    expect(name({key: 'florist', name: 'Флорист'}, 'kk')).toBe('Флорист');
    expect(name({key: 'florist'}, 'kk')).toBe('florist');
  });
});
