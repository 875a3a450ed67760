import {describe, expect, it} from 'vitest';
import type {z} from 'zod';
import {signupArgs} from '../auth/validation.ts';
import {createTranslator} from '../i18n/translate.ts';
import {createRequestArgs, publicRequestForm} from '../requests/validation.ts';
import {describeIssues} from './describe.ts';
import {toFieldIssues} from './issues.ts';

function fieldsOf(schema: z.ZodType, value: unknown) {
  const r = schema.safeParse(value);
  return r.success ? [] : toFieldIssues(r.error.issues);
}

describe('validation names the field in the user language', () => {
  it('explains a missing phone and text on the public form', () => {
    const issues = fieldsOf(publicRequestForm, {name: 'A', phone: '', text: ' '});
    expect(describeIssues(issues, createTranslator('ru')).map((d) => d.text)).toEqual(['Телефон: Заполните это поле', 'Текст заявки: Заполните это поле']);
    expect(describeIssues(issues, createTranslator('kk')).map((d) => d.field)).toEqual(['phone', 'text']);
  });

  it('normalises the phone as it validates', () => {
    const r = createRequestArgs.parse({id: 'x', clientPhone: '8 701 234 56 78', text: 'hi', createdAt: 1});
    expect(r.clientPhone).toBe('+77012345678');
    expect(r.source).toBe('manual');
  });

  it('refuses a weak password with the rule in words', () => {
    const issues = fieldsOf(signupArgs, {companyName: 'A', name: 'B', email: 'a@b.kz', password: 'short'});
    expect(describeIssues(issues, createTranslator('en')).map((d) => d.text)).toEqual(['Password: at least 8 characters, letters and digits']);
  });

  it('reports the limit of an over-long text', () => {
    const issues = fieldsOf(createRequestArgs, {id: 'x', text: 'a'.repeat(5001), createdAt: 1});
    expect(describeIssues(issues, createTranslator('ru'))[0]?.message).toBe('Слишком длинно: не больше 5000 символов');
  });
});
