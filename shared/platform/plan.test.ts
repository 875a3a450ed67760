import {describe, expect, it} from 'vitest';
import {describeError} from '../errors-describe.ts';
import {errorDetails} from '../errors.ts';
import {createTranslator} from '../i18n/translate.ts';
import {classifyRefusal, resolutionsFor} from '../outbox/classify.ts';
import {createPlanArgs, limitRefusal, markPaidArgs, modulesMissing, planLimit, updatePlanArgs, usageShare} from './plan.ts';

const name = {ru: 'Старт', kk: 'Бастау', en: 'Start'};

describe('a plan', () => {
  it('is validated with messages as keys, naming the field', () => {
    const bad = createPlanArgs.safeParse({key: 'Старт!', name: {ru: '', kk: 'x', en: 'x'}, modules: ['requests'], maxMembers: 0, trialDays: 400});
    expect(bad.success).toBe(false);
    const issues = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(issues).toMatchObject({key: 'plan.v.key', 'name.ru': 'v.required', maxMembers: 'plan.v.limitMin', trialDays: 'plan.v.trialDays'});
    const ok = createPlanArgs.parse({key: 'start', name, modules: ['booking', 'requests', 'requests']});
    expect(ok).toMatchObject({maxMembers: null, storageMb: null, priceMonthTiyn: 0, archived: false});
    // In the order of MODULES, once each.
    expect(ok.modules).toEqual(['requests', 'booking']);
    expect(updatePlanArgs.safeParse({modules: ['teleport']}).success).toBe(false);
    expect(markPaidArgs.safeParse({months: 37, amountTiyn: 100}).error?.issues[0]?.message).toBe('plan.v.months');
  });

  it('lacks the modules it does not list', () => {
    expect(modulesMissing(['requests', 'crm', 'catalog', 'reviews', 'backoffice', 'analytics', 'messengers', 'tasks', 'finance'])).toEqual(['booking']);
    expect(modulesMissing([])).toHaveLength(10);
  });

  it('refuses past its limit with the limit and the usage, and never without a limit', () => {
    expect(limitRefusal('members', 3, 2, 1)).toBeNull();
    expect(limitRefusal('members', 3, 3, 1)).toEqual({kind: 'members', limit: 3, usage: 3});
    expect(limitRefusal('members', null, 1000, 1)).toBeNull();
    expect(limitRefusal('storage', planLimit({maxMembers: null, storageMb: 1, messagesPerMonth: null}, 'storage'), 1_000_000, 100_000)).toEqual({
      kind: 'storage',
      limit: 1_048_576,
      usage: 1_000_000,
    });
    expect(limitRefusal('messages', 0, 0, 1)).toMatchObject({limit: 0});
    expect(usageShare(10, 5)).toBe(0.5);
    expect(usageShare(null, 5)).toBeNull();
  });

  it("a refusal for a limit reads as words naming the limit, the usage and the plan, in the reader's language — the outbox shows it", () => {
    const d = errorDetails('limit', {messageKey: 'plan.limit.members', params: {plan: 'Старт', usage: 3, limit: 3, adding: 1}});
    expect(describeError(d, createTranslator('ru'))).toBe(
      'Достигнут предел участников тарифа «Старт»: 3 из 3. Чтобы добавить ещё, отключите неактивных участников или смените тариф — напишите администратору платформы.',
    );
    expect(describeError(d, createTranslator('en'))).toContain('The "Старт" plan allows 3 members');
    const m = errorDetails('limit', {messageKey: 'plan.moduleMissing', module: 'booking', params: {plan: 'Старт'}});
    expect(describeError(m, createTranslator('ru'))).toBe(
      'Модуль «Онлайн-запись» не входит в тариф «Старт». Чтобы включить его, смените тариф — напишите администратору платформы.',
    );
    expect(describeError(m, createTranslator('kk'))).toMatch(/^«.+» модулі «Старт» тарифіне кірмейді/);
    // Nothing to retry: it stays in the outbox until dropped.
    expect(classifyRefusal(d)).toBe('other');
    expect(resolutionsFor(d, 'member.setActive')).toEqual(['discard']);
  });
});
