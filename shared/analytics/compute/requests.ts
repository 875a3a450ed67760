// Requests section (types.ts RequestsSection). Decisions the server SQL copies:
// - A request belongs to the period and the day its created_at falls on.
// - byKind lists the five kinds in STATUS_KINDS order, zeros included.
// - byType and byDepartment: most requests first, then by key ("" for none).
// - processing: requests now in a done-kind status with a known doneAt
//   (request-facts.ts), doneAt − created_at; stages: every stage of the
//   period's requests, (left_at ?? now) − entered_at. A negative span counts 0.
// - byItem: requests with a non-empty catalog_item_id.
import {STATUS_KINDS} from '../../workflow/types.ts';
import type {RequestsSection} from '../types.ts';
import {bump, byKey, countsOf, durationOf} from './figures.ts';
import {isOpenKind} from './kinds.ts';
import type {RequestFact} from './request-facts.ts';
import {dayIndex, type Scope} from './scope.ts';

type Group = {key: string; total: number; open: number; overdue: number};

function groupsOf(facts: readonly RequestFact[], keyOf: (f: RequestFact) => string): Group[] {
  const groups = new Map<string, Group>();
  for (const f of facts) {
    const key = keyOf(f);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = {key, total: 0, open: 0, overdue: 0}));
    g.total++;
    if (isOpenKind(f.kind)) g.open++;
    if (f.overdue) g.overdue++;
  }
  return [...groups.values()].sort((a, b) => b.total - a.total || byKey(a.key, b.key));
}

export function requestsSection(facts: readonly RequestFact[], scope: Scope): RequestsSection {
  const perDay = scope.days.map(() => 0);
  const sources = new Map<string, number>();
  const kinds = new Map<string, number>(STATUS_KINDS.map((k) => [k, 0]));
  const items = new Map<string, number>();
  const processing: number[] = [];
  const stages = new Map<string, number[]>();
  let overdue = 0;
  for (const f of facts) {
    const i = dayIndex(scope, f.row.created_at);
    if (i >= 0) perDay[i]!++;
    bump(sources, f.row.source);
    bump(kinds, f.kind);
    if (f.row.catalog_item_id) bump(items, f.row.catalog_item_id);
    if (f.overdue) overdue++;
    if (f.kind === 'done' && f.doneAt !== null) processing.push(f.doneAt - f.row.created_at);
    for (const s of f.stages) {
      let list = stages.get(s.status);
      if (!list) stages.set(s.status, (list = []));
      list.push((s.left_at ?? scope.now) - s.entered_at);
    }
  }
  return {
    total: facts.length,
    byDay: scope.days.map((day, i) => ({day, count: perDay[i]!})),
    bySource: countsOf(sources),
    byKind: STATUS_KINDS.map((key) => ({key, count: kinds.get(key)!})),
    overdue,
    byType: groupsOf(facts, (f) => f.row.type_id ?? ''),
    byDepartment: groupsOf(facts, (f) => f.row.department),
    processing: durationOf(processing),
    stages: [...stages].sort(([a], [b]) => byKey(a, b)).map(([key, list]) => ({key, ...durationOf(list)})),
    byItem: countsOf(items),
  };
}
