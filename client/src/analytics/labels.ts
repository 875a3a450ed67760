// The names a dashboard's keys are shown by, from the device's replica: types
// and their statuses, people, masters and their services, catalog items,
// budget lines. A key the replica does not name (a removed item) shows as "—",
// a status as its key.
import {useQuery} from '@rocicorp/zero/react';
import {useMemo} from 'react';
import {clientSourceLabel} from '#shared/crm/source.ts';
import type {Locale} from '#shared/i18n/locales.ts';
import {isMessageKey, type Translate} from '#shared/i18n/index.ts';
import {queries} from '#shared/queries/index.ts';
import {builtInStatusName} from '#shared/workflow/describe.ts';
import {localizedText, parseWorkflow} from '#shared/workflow/resolve.ts';
import type {Labels} from './tables.ts';

const PAGE_ALIASES: Record<string, string> = {menu: 'catalog.mode.menu', prices: 'catalog.mode.price_list', services: 'catalog.mode.services'};

/** A site page's key in words ("home" → «Главная»). */
function pageName(key: string, t: Translate): string {
  const k = PAGE_ALIASES[key] ?? `page.${key}`;
  return isMessageKey(k) ? t(k) : key;
}

export type Choices = {
  readonly types: readonly {id: string; name: string}[];
  readonly members: readonly {id: string; name: string}[];
};

export function useLabels(t: Translate, locale: Locale): {labels: Labels; choices: Choices} {
  const [types] = useQuery(queries.analytics.types());
  const [members] = useQuery(queries.team.members());
  const [masters] = useQuery(queries.analytics.masters());
  const [items] = useQuery(queries.catalog.items());
  const [lines] = useQuery(queries.finance.lines({}));
  return useMemo(() => {
    const typeNames = new Map(types.map((x) => [x.id, localizedText(x.name as never, locale) || x.key]));
    const statusNames = new Map<string, string>();
    for (const x of types)
      for (const s of parseWorkflow(x.workflow).statuses) if (!statusNames.has(s.key)) statusNames.set(s.key, localizedText(s.name, locale));
    const people = new Map(members.map((m) => [m.id, m.name]));
    const masterNames = new Map(masters.map((m) => [m.id, m.display_name]));
    const serviceNames = new Map(masters.flatMap((m) => m.services.map((s) => [s.id, s.title] as const)));
    const itemNames = new Map(items.map((i) => [i.id, i.title]));
    const lineNames = new Map(lines.map((l) => [l.id, [l.item?.name ?? '…', l.period, l.project, l.branch].filter(Boolean).join(' · ')]));
    const labels: Labels = {
      source: (tag) => (tag ? clientSourceLabel(tag, t) : t('stats.direct')),
      type: (id) => (id ? (typeNames.get(id) ?? '—') : t('an.noType')),
      department: (name) => name || t('an.noDepartment'),
      member: (id) => people.get(id) ?? '—',
      master: (id) => masterNames.get(id) ?? '—',
      service: (key) => serviceNames.get(key) ?? key,
      item: (id) => itemNames.get(id) ?? '—',
      status: (key) => statusNames.get(key) ?? builtInStatusName(key, t),
      page: (key) => pageName(key, t),
      budgetLine: (id) => lineNames.get(id) ?? '—',
    };
    const choices: Choices = {
      types: types.filter((x) => !x.archived_at).map((x) => ({id: x.id, name: typeNames.get(x.id)!})),
      members: members.filter((m) => m.active).map((m) => ({id: m.id, name: m.name})),
    };
    return {labels, choices};
  }, [types, members, masters, items, lines, t, locale]);
}
