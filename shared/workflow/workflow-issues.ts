// What is wrong with a workflow a person is editing, each problem pinned to
// the place on the screen (which status, which move, which input) and told in
// their language: "Статус 3 «Проверка» — Название (рус.): Заполните это поле".
// workflowSchema decides what may be saved; a few more checks catch drafts the
// schema would accept but nobody means (a nameless status, the same move twice,
// a guard naming a field the type does not have).
import type {MessageKey} from '../i18n/catalog.ts';
import type {Locale} from '../i18n/locales.ts';
import type {Params, Translate} from '../i18n/translate.ts';
import {localizedText} from './resolve.ts';
import {workflowSchema, type Workflow} from './types.ts';

export type WorkflowIssue = {path: readonly (string | number)[]; code: MessageKey; params?: Params};

type Draft = Workflow;

export function workflowIssues(draft: Draft, fieldKeys?: readonly string[]): WorkflowIssue[] {
  const issues: WorkflowIssue[] = [];
  const parsed = workflowSchema.safeParse(draft);
  if (!parsed.success) for (const i of parsed.error.issues) issues.push(fromSchema(i));
  draft.statuses.forEach((s, i) => {
    if (!s.name.ru.trim()) issues.push({path: ['statuses', i, 'name', 'ru'], code: 'v.required'});
  });
  const seen = new Set<string>();
  draft.transitions.forEach((t, i) => {
    const pair = `${t.from}\u0000${t.to}`;
    if (seen.has(pair)) issues.push({path: ['transitions', i], code: 'rs.v.duplicateTransition'});
    seen.add(pair);
    if (!fieldKeys) return;
    t.guards.forEach((g, gi) => {
      if (g.kind !== 'fields_filled') return;
      for (const f of g.fields) {
        if (!fieldKeys.includes(f)) issues.push({path: ['transitions', i, 'guards', gi, 'fields'], code: 'rs.v.guardUnknownField', params: {field: f}});
      }
    });
  });
  // One sentence per place (the first problem found there), in the order of the screen.
  const byPlace = new Map<string, WorkflowIssue>();
  for (const issue of issues) byPlace.set(issue.path.join('.'), byPlace.get(issue.path.join('.')) ?? issue);
  return [...byPlace.values()].sort((a, b) => comparePaths(a.path, b.path));
}

const PART_ORDER = ['statuses', 'initial', 'transitions', 'sla'];

function comparePaths(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  const rank = (p: readonly (string | number)[]) => PART_ORDER.indexOf(String(p[0]));
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  const ia = typeof a[1] === 'number' ? a[1] : -1;
  const ib = typeof b[1] === 'number' ? b[1] : -1;
  return ia - ib;
}

type SchemaIssue = {code: string; path: PropertyKey[]; message: string; minimum?: unknown; maximum?: unknown; origin?: string; input?: unknown};

function fromSchema(issue: SchemaIssue): WorkflowIssue {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const last = path[path.length - 1];
  const num = (v: unknown) => (typeof v === 'number' || typeof v === 'bigint' ? Number(v) : 0);
  const at = (code: MessageKey, params?: Params): WorkflowIssue => (params ? {path, code, params} : {path, code});
  if (path.length === 1 && path[0] === 'statuses') {
    if (issue.code === 'too_small') return at('rs.v.minStatuses', {min: num(issue.minimum)});
    if (issue.code === 'too_big') return at('rs.v.maxStatuses', {max: num(issue.maximum)});
    return at('rs.v.duplicateStatus');
  }
  if (path[0] === 'initial') return at('rs.v.initial');
  if (path[0] === 'transitions' && path.length === 1) return at('rs.v.maxTransitions', {max: num(issue.maximum)});
  if (path[0] === 'transitions' && path.length === 2) return at('rs.v.transitionEnds');
  if (last === 'fields' && issue.code === 'too_small') return at('rs.v.guardFields');
  if (last === 'color') return at('rs.v.color');
  if (last === 'key') return at('v.key');
  if (issue.code === 'invalid_type' && (last === 'slaHours' || last === 'escalateAfterHours')) return at('v.number');
  if (last === 'slaHours' && issue.code === 'too_small') return at('rs.v.positive');
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number') {
    const max = last === 'slaHours' ? 24 * 365 : 24 * 90;
    return at('rs.v.range', {min: 0, max});
  }
  if (issue.code === 'too_big' && issue.origin === 'string') return at('v.tooLong', {max: num(issue.maximum)});
  return at('v.invalid');
}

const LANG_LABEL: Record<Locale, MessageKey> = {ru: 'rs.lang.ru', kk: 'rs.lang.kk', en: 'rs.lang.en'};

const STATUS_PARTS: Record<string, MessageKey> = {
  name: 'rs.status.name',
  color: 'rs.status.color',
  kind: 'rs.status.kind',
  slaHours: 'rs.status.sla',
  key: 'rs.key',
};

/** Where the problem is, in words: "Статус 3 «Проверка» — Название (рус.)". */
export function placeOf(path: readonly (string | number)[], draft: Draft, t: Translate, locale: Locale): string {
  const [part, index, field, sub] = path;
  const statusName = (key: string) => {
    const s = draft.statuses.find((x) => x.key === key);
    return s ? localizedText(s.name, locale) || key : key;
  };
  if (part === 'statuses' && typeof index === 'number') {
    const name = draft.statuses[index] ? localizedText(draft.statuses[index].name, locale).trim() : '';
    const where = name ? t('rs.where.status', {n: index + 1, name}) : t('rs.where.statusN', {n: index + 1});
    const label = typeof field === 'string' && STATUS_PARTS[field] ? t(STATUS_PARTS[field]) : undefined;
    if (!label) return where;
    const inLang =
      field === 'name' && typeof sub === 'string' && sub in LANG_LABEL ? t('rs.inLang', {field: label, lang: t(LANG_LABEL[sub as Locale])}) : label;
    return t('rs.where.part', {where, part: inLang});
  }
  if (part === 'statuses') return t('rs.statuses');
  if (part === 'transitions' && typeof index === 'number') {
    const tr = draft.transitions[index];
    const where = t('rs.where.transition', {from: tr ? statusName(tr.from) : '?', to: tr ? statusName(tr.to) : '?'});
    if (field === 'guards' && typeof sub === 'number') return t('rs.where.part', {where, part: t('rs.where.guard', {n: sub + 1})});
    return where;
  }
  if (part === 'transitions') return t('rs.transitions');
  if (part === 'initial') return t('rs.initial');
  if (part === 'sla') return index === 'mode' ? t('rs.sla.mode') : t('rs.sla.escalate');
  return t('rs.workflow');
}

export function describeWorkflowIssue(issue: WorkflowIssue, draft: Draft, t: Translate, locale: Locale): string {
  return t('v.fieldError', {field: placeOf(issue.path, draft, t, locale), message: t(issue.code, issue.params)});
}
