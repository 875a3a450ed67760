// Where a dashboard is computed: on the device from its replica when the
// period and the one it is compared with both lie within the device's window
// (instant, offline too), else by the server's SQL (online). The screen says
// which answered; offline, an older period says it needs the network.
import {useEffect, useMemo, useState} from 'react';
import {computeDashboard} from '#shared/analytics/compute/index.ts';
import {DEVICE_WINDOW_DAYS, type AnalyticsInput} from '#shared/analytics/input.ts';
import {previousPeriod, type Period} from '#shared/analytics/period.ts';
import type {Dashboard, DashboardQuery} from '#shared/analytics/types.ts';
import type {Locale} from '#shared/i18n/locales.ts';
import {api} from '../session/api.ts';
import {deviceWindow} from './use-analytics-data.ts';

export type Answer =
  | {readonly state: 'ready'; readonly where: 'device' | 'server'; readonly current: Dashboard; readonly previous: Dashboard}
  | {readonly state: 'loading'}
  | {readonly state: 'offline'; readonly days: number}
  | {readonly state: 'error'; readonly message: string};

/** Whether the device holds what the period and its previous need (both start on or after the window's first day). */
export function onDevice(period: Period, sinceDay: string): boolean {
  return previousPeriod(period).from >= sinceDay;
}

/** The REST route's query string (empty filters left out). */
export function dashboardSearch(q: DashboardQuery): string {
  const p = new URLSearchParams({from: q.from, to: q.to});
  for (const k of ['branch', 'project', 'typeId', 'responsibleId'] as const) if (q[k]) p.set(k, q[k]);
  return p.toString();
}

export function useDashboard(input: AnalyticsInput, complete: boolean, query: DashboardQuery, now: number, locale: Locale): Answer {
  const covered = onDevice(query, deviceWindow(now, input.timeZone).sinceDay);
  // Rows the server has not yet confirmed (a first open) may be partial: the server answers while it can; when it
  // cannot be reached, the replica is all there is, and the device answers from it.
  const [unreachable, setUnreachable] = useState(false);
  const local = covered && (complete || unreachable || !navigator.onLine);
  const search = dashboardSearch(query);
  const device = useMemo((): Answer | null => {
    if (!local) return null;
    const previous = {...query, ...previousPeriod(query)};
    return {state: 'ready', where: 'device', current: computeDashboard(input, query, now), previous: computeDashboard(input, previous, now)};
    // `search` stands for the query's fields.
  }, [local, input, search, now]); // oxlint-disable-line react-hooks/exhaustive-deps
  const [remote, setRemote] = useState<{search: string; answer: Answer}>();
  useEffect(() => {
    if (local) return;
    let gone = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const offline = () => {
      if (covered) return setUnreachable(true);
      setRemote({search, answer: {state: 'offline', days: DEVICE_WINDOW_DAYS}});
      // Asked again when the network is back (the "online" event is not always told): every few seconds.
      retry = setTimeout(() => void ask(), 5_000);
    };
    const ask = async () => {
      clearTimeout(retry);
      if (gone) return;
      if (!navigator.onLine) return offline();
      const r = await api<{current: Dashboard; previous: Dashboard}>(`/analytics/dashboard?${search}`, {locale});
      if (gone) return;
      if (r.ok) setRemote({search, answer: {state: 'ready', where: 'server', ...r.data}});
      else if (r.status === 0) offline();
      else setRemote({search, answer: {state: 'error', message: r.error.message}});
    };
    const online = () => void ask();
    void ask();
    window.addEventListener('online', online);
    return () => {
      gone = true;
      clearTimeout(retry);
      window.removeEventListener('online', online);
    };
  }, [local, covered, search, locale]);
  if (device) return device;
  return remote?.search === search ? remote.answer : {state: 'loading'};
}
