// The client list's filters and order, as one pure function the device runs
// over its replica (offline, 20 000 clients) and REST runs over the database.
//
// - tags: any of the chosen tags; source: where the first contact came from
// - repeat: repeat clients only, or first-timers only
// - lastContactDays: last contact within N days
// - noAnswerDays: clients waiting for us — an unanswered request N+ days old
//   (0: any unanswered request; the same rule as each row's label, waiting.ts)
// - notSeenDays: clients to win back — last contact N+ days ago (clients who
//   never came are not "lost", so they are left out)
import {matchesSearch, prepareQuery, type SearchIndex} from './search.ts';
import {statsOf, type ClientStats} from './stats.ts';
import {waitingFor} from './waiting.ts';

export const DAY_MS = 86_400_000;

export type ClientFilter = {
  query?: string | undefined;
  tags?: readonly string[] | undefined;
  source?: string | undefined;
  repeat?: 'yes' | 'no' | undefined;
  lastContactDays?: number | undefined;
  noAnswerDays?: number | undefined;
  notSeenDays?: number | undefined;
};

export const CLIENT_SORTS = ['recent', 'name', 'requests', 'waiting'] as const;
export type ClientSort = (typeof CLIENT_SORTS)[number];

export type FilterableClient = {id: string; name: string; tags: readonly string[]; source: string; created_at: number; merged_into?: string | null | undefined};

export function matchesFilter(c: FilterableClient, s: ClientStats, f: ClientFilter, now: number): boolean {
  if (c.merged_into) return false;
  if (f.tags?.length && !f.tags.some((t) => c.tags.includes(t))) return false;
  if (f.source && c.source !== f.source) return false;
  if (f.repeat === 'yes' && !s.repeat) return false;
  if (f.repeat === 'no' && s.repeat) return false;
  if (f.lastContactDays !== undefined && (s.lastAt === null || s.lastAt < now - f.lastContactDays * DAY_MS)) return false;
  if (f.noAnswerDays !== undefined && waitingFor(s, now, f.noAnswerDays) === null) return false;
  if (f.notSeenDays !== undefined && (s.lastAt === null || s.lastAt > now - f.notSeenDays * DAY_MS)) return false;
  return true;
}

const collator = new Intl.Collator('ru', {sensitivity: 'base'});

function compare(sort: ClientSort, stats: ReadonlyMap<string, ClientStats>) {
  return (a: FilterableClient, b: FilterableClient): number => {
    const sa = statsOf(stats, a.id);
    const sb = statsOf(stats, b.id);
    let d = 0;
    if (sort === 'name') d = collator.compare(a.name || '\uffff', b.name || '\uffff');
    else if (sort === 'requests') d = sb.requests + sb.bookings - (sa.requests + sa.bookings);
    else if (sort === 'waiting') d = (sa.awaitingSince ?? Infinity) - (sb.awaitingSince ?? Infinity);
    else d = (sb.lastAt ?? b.created_at) - (sa.lastAt ?? a.created_at);
    return d || b.created_at - a.created_at || (a.id < b.id ? -1 : 1);
  };
}

/** The clients to show, in order. */
export function filterClients<C extends FilterableClient>(
  clients: readonly C[],
  stats: ReadonlyMap<string, ClientStats>,
  search: SearchIndex,
  f: ClientFilter,
  sort: ClientSort,
  now: number,
): C[] {
  const q = prepareQuery(f.query ?? '');
  const out = clients.filter((c) => matchesFilter(c, statsOf(stats, c.id), f, now) && matchesSearch(search.get(c.id), q));
  return out.sort(compare(sort, stats));
}
