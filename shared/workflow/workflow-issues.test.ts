import {describe, expect, it} from 'vitest';
import {createTranslator} from '../i18n/translate.ts';
import {DEFAULT_WORKFLOW} from './resolve.ts';
import type {Workflow} from './types.ts';
import {describeWorkflowIssue, workflowIssues} from './workflow-issues.ts';

const ru = createTranslator('ru');
const en = createTranslator('en');
const texts = (w: Workflow, fieldKeys?: string[], t = ru, locale: 'ru' | 'en' = 'ru') =>
  workflowIssues(w, fieldKeys).map((i) => describeWorkflowIssue(i, w, t, locale));

describe('workflow problems in words', () => {
  it('finds nothing wrong with a template workflow', () => {
    expect(workflowIssues(DEFAULT_WORKFLOW, [])).toEqual([]);
  });

  it('names the status and the input of a missing name, in the user’s language', () => {
    const w: Workflow = {
      ...DEFAULT_WORKFLOW,
      statuses: DEFAULT_WORKFLOW.statuses.map((s, i) => (i === 2 ? {...s, name: {ru: ' ', kk: '', en: 'Waiting'}} : s)),
    };
    expect(texts(w)).toEqual(['Статус 3 — Название (рус.): Заполните это поле']);
    expect(texts(w, undefined, en, 'en')).toEqual(['Status 3 “Waiting” — Name (Russian): Fill in this field']);
  });

  it('explains bad time limits and escalation by their inputs', () => {
    const w: Workflow = {
      ...DEFAULT_WORKFLOW,
      statuses: DEFAULT_WORKFLOW.statuses.map((s, i) => (i === 0 ? {...s, slaHours: -2} : i === 1 ? {...s, slaHours: Number.NaN} : s)),
      sla: {mode: 'working', escalateAfterHours: 10_000},
    };
    expect(texts(w)).toEqual([
      'Статус 1 «Новая» — Срок, часов: введите число больше нуля',
      'Статус 2 «В работе» — Срок, часов: Введите число',
      'Эскалировать руководителю после просрочки, часов: введите число от 0 до 2160',
    ]);
  });

  it('names the move that is repeated, goes nowhere, or guards a field the type lacks', () => {
    const w: Workflow = {
      ...DEFAULT_WORKFLOW,
      transitions: [
        {from: 'new', to: 'done', roles: [], guards: [{kind: 'fields_filled', fields: ['act']}]},
        {from: 'new', to: 'done', roles: [], guards: []},
        {from: 'new', to: 'gone', roles: [], guards: []},
        {from: 'done', to: 'new', roles: [], guards: [{kind: 'fields_filled', fields: []}]},
      ],
    };
    expect(texts(w, ['amount'])).toEqual([
      'Переход «Новая» → «Выполнена» — условие 1: поля «act» нет среди действующих полей типа',
      'Переход «Новая» → «Выполнена»: такой переход уже есть',
      'Переход «Новая» → «gone»: переход должен вести из одного существующего статуса в другой',
      'Переход «Выполнена» → «Новая» — условие 1: отметьте хотя бы одно поле',
    ]);
  });

  it('asks for two statuses and a start status', () => {
    const w: Workflow = {...DEFAULT_WORKFLOW, statuses: DEFAULT_WORKFLOW.statuses.slice(1, 2), transitions: [], initial: 'new'};
    expect(texts(w)).toEqual(['Статусы: нужно не меньше 2 статусов', 'Начальный статус: выберите статус, с которого начинаются новые заявки']);
  });
});
