// What the outbox shows when a decision made offline arrives after a
// colleague's: the refusal in words, naming who decided first.
import {describe, expect, it} from 'vitest';
import {errorDetails} from '../errors.ts';
import {describeError} from '../errors-describe.ts';
import {createTranslator} from '../i18n/translate.ts';
import {resolutionsFor} from '../outbox/classify.ts';

describe('a late decision', () => {
  const details = errorDetails('conflict', {
    messageKey: 'finance.approvalDecided',
    params: {who: 'Бухгалтер Айгуль'},
    field: 'decision',
    current: 'rejected',
    attempted: 'approved',
  });
  it('says who decided, in each language', () => {
    expect(describeError(details, createTranslator('ru'))).toBe('Уже решено: Бухгалтер Айгуль');
    expect(describeError(details, createTranslator('kk'))).toBe('Шешім қабылданған: Бухгалтер Айгуль');
    expect(describeError(details, createTranslator('en'))).toBe('Already decided: Бухгалтер Айгуль');
  });
  it('is not sent again over the newer state: it can only be looked at and dropped', () => {
    expect(resolutionsFor(details, 'approval.decide')).toEqual(['edit', 'discard']);
  });
});
