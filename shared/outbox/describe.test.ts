// No person ever reads a mutator's name: every named write the app defines has
// its words in Russian, Kazakh and English, and an unknown one reads generically.
import {describe, expect, it} from 'vitest';
import {CATALOG} from '../i18n/catalog.ts';
import {LOCALES} from '../i18n/locales.ts';
import {createTranslator} from '../i18n/translate.ts';
import {mutators} from '../mutators/index.ts';
import {describeOp, opTitle} from './describe.ts';

function mutatorNames(tree: object): string[] {
  return Object.values(tree).flatMap((v: unknown): string[] => {
    const name = typeof v === 'function' ? (v as unknown as {mutatorName?: unknown}).mutatorName : undefined;
    if (typeof name === 'string') return [name];
    return v && typeof v === 'object' ? mutatorNames(v) : [];
  });
}

const names = mutatorNames(mutators);

describe('writes in words', () => {
  it('finds the app’s mutators', () => {
    expect(names.length).toBeGreaterThan(60);
    expect(names).toContain('request.setFields');
  });

  it('has a label for every mutator in every language', () => {
    for (const locale of LOCALES) {
      const missing = names.filter((n) => typeof CATALOG[locale][`op.${n}` as keyof (typeof CATALOG)['ru']] !== 'string');
      expect(missing, `no label in ${locale}`).toEqual([]);
    }
  });

  it('never shows a mutator’s name, whatever the language', () => {
    for (const locale of LOCALES) {
      const t = createTranslator(locale);
      for (const name of names) {
        const title = describeOp(name, {}, t).title;
        expect(title, `${locale}:${name}`).not.toBe(name);
        expect(title, `${locale}:${name}`).not.toMatch(/^op\.|⟦|\b[a-z]+[A-Z]\w*\b|\w\.\w/);
      }
    }
    expect(opTitle('request.setFields', createTranslator('kk'))).toBe('Өтінім деректері');
    expect(opTitle('request.setFields', createTranslator('en'))).toBe('Request details');
  });

  it('reads a write this version does not know generically', () => {
    expect(describeOp('request.somethingNew', {}, createTranslator('ru')).title).toBe('Изменение данных');
    expect(describeOp('request.somethingNew', {}, createTranslator('kk')).title).toBe('Деректерді өзгерту');
    expect(describeOp('request.somethingNew', {}, createTranslator('en')).title).toBe('Data change');
  });

  it('names a role in words when asked to', () => {
    const t = createTranslator('en');
    const roleName = (key: string) => (key === 'staff' ? 'Staff' : key);
    expect(describeOp('member.setRole', {memberId: 'm1', role: 'staff'}, t, undefined, roleName).lines).toEqual([
      {label: t('team.inviteRole'), value: 'Staff'},
    ]);
  });
});
