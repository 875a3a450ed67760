// Participant free/busy while a meeting's time is picked: the server's answer
// (their meetings and bookings, GET /api/v1/meetings/busy) joined with the
// meetings this device already holds, so something is shown offline too.
// The server's route is asked through fetchBusy alone; when it is missing,
// unreachable or refuses, it adds nothing (never an error on the form).
import type {Locale} from '#shared/i18n/locales.ts';
import {api} from '../session/api.ts';

export type Busy = {memberId: string; start: number; end: number};

type RemoteBusy = {memberId?: unknown; member_id?: unknown; start?: unknown; end?: unknown; startsAt?: unknown; endsAt?: unknown};

/** The server's busy intervals of these members in [from, to); [] when there is no answer. */
export async function fetchBusy(memberIds: readonly string[], from: number, to: number, locale: Locale): Promise<Busy[]> {
  if (!memberIds.length || (typeof navigator !== 'undefined' && navigator.onLine === false)) return [];
  const q = new URLSearchParams({members: memberIds.join(','), from: String(from), to: String(to)});
  // An answer that is not JSON (a proxy's error page) is no answer either.
  const r = await api<{data?: RemoteBusy[]}>(`/meetings/busy?${q}`, {locale}).catch(() => null);
  if (!r?.ok || !Array.isArray(r.data?.data)) return [];
  return r.data.data.flatMap((b) => {
    const memberId = b.memberId ?? b.member_id;
    const start = b.start ?? b.startsAt;
    const end = b.end ?? b.endsAt;
    return typeof memberId === 'string' && typeof start === 'number' && typeof end === 'number' && end > start ? [{memberId, start, end}] : [];
  });
}

type LocalMeeting = {
  id: string;
  starts_at: number;
  ends_at: number;
  state: string;
  organizer_id?: string | null;
  participants: readonly {member_id?: string | null}[];
};

/** The device's own meetings (not cancelled, not the one being edited) of these members that touch [from, to). */
export function localBusy(meetings: readonly LocalMeeting[], memberIds: readonly string[], from: number, to: number, exceptId?: string): Busy[] {
  const wanted = new Set(memberIds);
  return meetings.flatMap((m) => {
    if (m.id === exceptId || m.state === 'cancelled' || m.ends_at <= from || m.starts_at >= to) return [];
    const people = new Set([...m.participants.flatMap((p) => (p.member_id ? [p.member_id] : [])), ...(m.organizer_id ? [m.organizer_id] : [])]);
    return [...people].filter((id) => wanted.has(id)).map((memberId) => ({memberId, start: m.starts_at, end: m.ends_at}));
  });
}

/** Each member's busy time as sorted intervals, overlapping and touching ones joined. */
export function mergeBusy(...lists: readonly (readonly Busy[])[]): Map<string, {start: number; end: number}[]> {
  const byMember = new Map<string, {start: number; end: number}[]>();
  for (const b of lists.flat()) {
    const list = byMember.get(b.memberId) ?? [];
    list.push({start: b.start, end: b.end});
    byMember.set(b.memberId, list);
  }
  for (const [id, list] of byMember) {
    list.sort((a, b) => a.start - b.start || a.end - b.end);
    const merged: {start: number; end: number}[] = [];
    for (const i of list) {
      const last = merged.at(-1);
      if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
      else merged.push({...i});
    }
    byMember.set(id, merged);
  }
  return byMember;
}

export function overlaps(a: {start: number; end: number}, b: {start: number; end: number}): boolean {
  return a.start < b.end && b.start < a.end;
}
