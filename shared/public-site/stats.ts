// Page views and clicks, counted per day (in the company's zone), page, item,
// source tag and messenger — one counter row per combination, no cookie and
// nothing about the visitor. Pure helpers; the server does the counting.
export const STAT_KINDS = ['view', 'click', 'request', 'review', 'visitor'] as const;
export type StatKind = (typeof STAT_KINDS)[number];

export type StatEvent = {kind: StatKind; page: string; refId?: string; source?: string; channel?: string};

/** "2026-06-01" in the given zone. */
export function dayIn(epochMs: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {timeZone, year: 'numeric', month: '2-digit', day: '2-digit'}).format(epochMs);
}

/** The counter row's id: the same event on the same day always lands in the same row. */
export function statId(companyId: string, day: string, e: StatEvent): string {
  return [companyId, day, e.kind, e.page, e.refId ?? '', e.source ?? '', e.channel ?? ''].join('|');
}

export type StatRow = {kind: string; page: string; ref_id: string; source: string; channel: string; count: number};

export type StatSummary = {
  views: number;
  clicks: number;
  requests: number;
  /** Requests (and messenger clicks, which become conversations) per view, 0…1. */
  conversion: number;
  bySource: {source: string; views: number; clicks: number; requests: number}[];
  byPage: {page: string; views: number}[];
  byItem: {refId: string; views: number; clicks: number; requests: number}[];
};

/** Totals for the owner's screen: what brought visitors, and which of them wrote. */
export function summarize(rows: readonly StatRow[]): StatSummary {
  const sum = (kind: string) => rows.filter((r) => r.kind === kind).reduce((a, r) => a + r.count, 0);
  const views = sum('view');
  const clicks = sum('click');
  const requests = sum('request');
  const sources = new Map<string, {source: string; views: number; clicks: number; requests: number}>();
  const pages = new Map<string, number>();
  const items = new Map<string, {refId: string; views: number; clicks: number; requests: number}>();
  for (const r of rows) {
    const s = sources.get(r.source) ?? {source: r.source, views: 0, clicks: 0, requests: 0};
    if (r.kind === 'view') s.views += r.count;
    if (r.kind === 'click') s.clicks += r.count;
    if (r.kind === 'request') s.requests += r.count;
    sources.set(r.source, s);
    if (r.kind === 'view') pages.set(r.page, (pages.get(r.page) ?? 0) + r.count);
    if (r.ref_id && (r.page === 'item' || r.kind !== 'view')) {
      const i = items.get(r.ref_id) ?? {refId: r.ref_id, views: 0, clicks: 0, requests: 0};
      if (r.kind === 'view') i.views += r.count;
      if (r.kind === 'click') i.clicks += r.count;
      if (r.kind === 'request') i.requests += r.count;
      items.set(r.ref_id, i);
    }
  }
  const desc = <T extends {views: number}>(a: T, b: T) => b.views - a.views;
  return {
    views,
    clicks,
    requests,
    conversion: views ? (requests + clicks) / views : 0,
    bySource: [...sources.values()].sort(desc),
    byPage: [...pages.entries()].map(([page, v]) => ({page, views: v})).sort(desc),
    byItem: [...items.values()].sort(desc),
  };
}
