// What the dashboards read from the device's replica: the window of the last
// DEVICE_WINDOW_DAYS days of the records each section counts (kept subscribed
// for the whole session by AnalyticsHeld, so /analytics opens offline and
// computes there), and the names the screen shows for ids and keys.
import {useQuery} from '@rocicorp/zero/react';
import {useMemo} from 'react';
import type {AnalyticsInput} from '#shared/analytics/input.ts';
import {DEVICE_WINDOW_DAYS} from '#shared/analytics/input.ts';
import {NO_GRANTS, type AnalyticsGrants} from '#shared/analytics/access.ts';
import {addDays, dayOf, localToUtc} from '#shared/booking/zone.ts';
import {queries} from '#shared/queries/index.ts';
import {useMinute} from '../ui/use-minute.ts';

/** The first day the device holds (in the company's zone) and its first moment: rounded to the day so the queries stay the same all day. */
export function deviceWindow(now: number, timeZone: string): {sinceDay: string; since: number} {
  const sinceDay = addDays(dayOf(now, timeZone), -DEVICE_WINDOW_DAYS);
  return {sinceDay, since: localToUtc(sinceDay, 0, timeZone)};
}

export function useTimeZone(): string {
  const [company] = useQuery(queries.company.current());
  return company?.timezone ?? 'Asia/Almaty';
}

/** The replica's rows, as the device computation takes them. */
export function useAnalyticsInput(grants: AnalyticsGrants, now: number): AnalyticsInput {
  const timeZone = useTimeZone();
  const {since, sinceDay} = deviceWindow(now, timeZone);
  const q = queries.analytics;
  const [types] = useQuery(q.types());
  const [requests] = useQuery(q.requests({since}));
  const [stages] = useQuery(q.stages({since}));
  const [reviews] = useQuery(q.reviews({since}));
  const [siteStats] = useQuery(q.siteStats({sinceDay}));
  const [conversations] = useQuery(q.conversations({since}));
  const [bookings] = useQuery(q.bookings({since}));
  const [masters] = useQuery(q.masters());
  const [clients] = useQuery(q.clients({since}));
  const [tasks] = useQuery(q.tasks({since}));
  const [invoices] = useQuery(q.invoices({since}));
  const [budget] = useQuery(q.budget());
  return useMemo(
    () => ({timeZone, grants, types, requests, stages, reviews, siteStats, conversations, bookings, masters, clients, tasks, invoices, budget}),
    [timeZone, grants, types, requests, stages, reviews, siteStats, conversations, bookings, masters, clients, tasks, invoices, budget],
  );
}

/** Keeps the window subscribed for the whole session (the server withholds what the role may not see). */
export function AnalyticsHeld() {
  useAnalyticsInput(NO_GRANTS, useMinute());
  return null;
}
