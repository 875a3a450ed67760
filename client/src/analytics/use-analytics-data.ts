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

/**
 * The replica's rows, as the device computation takes them, and whether the
 * server has confirmed all of them: until then (a first open, a new window
 * day) the rows may be partial, so an online screen asks the server instead of
 * showing figures that grow as rows arrive. Offline the replica is all there is.
 */
export function useAnalyticsInput(grants: AnalyticsGrants, now: number): {input: AnalyticsInput; complete: boolean} {
  const timeZone = useTimeZone();
  const {since, sinceDay} = deviceWindow(now, timeZone);
  const q = queries.analytics;
  const [types, s1] = useQuery(q.types());
  const [requests, s2] = useQuery(q.requests({since}));
  const [stages, s3] = useQuery(q.stages({since}));
  const [reviews, s4] = useQuery(q.reviews({since}));
  const [siteStats, s5] = useQuery(q.siteStats({sinceDay}));
  const [conversations, s6] = useQuery(q.conversations({since}));
  const [bookings, s7] = useQuery(q.bookings({since}));
  const [masters, s8] = useQuery(q.masters());
  const [clients, s9] = useQuery(q.clients({since}));
  const [tasks, s10] = useQuery(q.tasks({since}));
  const [invoices, s11] = useQuery(q.invoices({since}));
  const [budget, s12] = useQuery(q.budget());
  const complete = [s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12].every((s) => s.type === 'complete');
  const input = useMemo(
    () => ({timeZone, grants, types, requests, stages, reviews, siteStats, conversations, bookings, masters, clients, tasks, invoices, budget}),
    [timeZone, grants, types, requests, stages, reviews, siteStats, conversations, bookings, masters, clients, tasks, invoices, budget],
  );
  return {input, complete};
}

/** Keeps the window subscribed for the whole session (the server withholds what the role may not see). */
export function AnalyticsHeld() {
  useAnalyticsInput(NO_GRANTS, useMinute());
  return null;
}
