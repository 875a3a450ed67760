import {afterEach, describe, expect, it, vi} from 'vitest';
import {fetchBusy, localBusy, mergeBusy, overlaps} from './busy.ts';
import {hoursOf, splitMeetings} from './schedule.ts';

const H = 3_600_000;
const day = Date.UTC(2026, 2, 10, -5); // local midnight in Almaty
const meeting = (id: string, from: number, to: number, members: string[], state = 'planned', organizer: string | null = null) => ({
  id,
  starts_at: day + from * H,
  ends_at: day + to * H,
  state,
  organizer_id: organizer,
  participants: members.map((member_id) => ({member_id})),
});

describe('free/busy', () => {
  it('takes the device’s meetings of the chosen members that day, not cancelled ones nor the one being edited', () => {
    const rows = [
      meeting('a', 10, 11, ['m1', 'm2']),
      meeting('b', 12, 13, ['m3'], 'planned', 'm2'),
      meeting('c', 14, 15, ['m1'], 'cancelled'),
      meeting('d', 30, 31, ['m1']),
      meeting('self', 9, 10, ['m1']),
    ];
    expect(localBusy(rows, ['m1', 'm2'], day, day + 24 * H, 'self')).toEqual([
      {memberId: 'm1', start: day + 10 * H, end: day + 11 * H},
      {memberId: 'm2', start: day + 10 * H, end: day + 11 * H},
      {memberId: 'm2', start: day + 12 * H, end: day + 13 * H},
    ]);
  });

  it('joins the server’s and the device’s intervals per member, overlapping and touching ones merged', () => {
    const merged = mergeBusy(
      [
        {memberId: 'm1', start: 10, end: 20},
        {memberId: 'm1', start: 30, end: 40},
      ],
      [
        {memberId: 'm1', start: 15, end: 30},
        {memberId: 'm2', start: 1, end: 2},
        {memberId: 'm1', start: 10, end: 20},
      ],
    );
    expect(Object.fromEntries(merged)).toEqual({m1: [{start: 10, end: 40}], m2: [{start: 1, end: 2}]});
  });

  it('overlap is strict: back-to-back meetings do not clash', () => {
    expect(overlaps({start: 0, end: 10}, {start: 10, end: 20})).toBe(false);
    expect(overlaps({start: 0, end: 11}, {start: 10, end: 20})).toBe(true);
  });
});

describe('the list in time', () => {
  it('upcoming soonest first (a running one included), past latest first', () => {
    const now = day + 12 * H;
    const rows = [
      meeting('past1', 8, 9, []),
      meeting('running', 11, 13, []),
      meeting('later', 15, 16, []),
      meeting('past2', 10, 11, []),
      meeting('soon', 13, 14, []),
    ];
    const {upcoming, past} = splitMeetings(rows, now);
    expect(upcoming.map((m) => m.id)).toEqual(['running', 'soon', 'later']);
    expect(past.map((m) => m.id)).toEqual(['past2', 'past1']);
  });

  it('shows hours in the company zone', () => {
    expect(hoursOf(day + 10 * H, day + 11.5 * H, 'Asia/Almaty')).toBe('10:00–11:30');
  });
});

describe('the server’s free/busy, asked through fetchBusy', () => {
  const answer = (status: number, body: string) => vi.fn<(url: string) => Promise<Response>>(async () => new Response(body, {status}));
  afterEach(() => vi.unstubAllGlobals());

  it('reads the documented shape and tolerates the row names of the database', async () => {
    const fetch = answer(
      200,
      JSON.stringify({
        data: [
          {memberId: 'm1', start: 10, end: 20},
          {member_id: 'm2', startsAt: 5, endsAt: 9},
          {memberId: 'm3', start: 9, end: 9},
        ],
      }),
    );
    vi.stubGlobal('fetch', fetch);
    expect(await fetchBusy(['m1', 'm2'], 0, 100, 'ru')).toEqual([
      {memberId: 'm1', start: 10, end: 20},
      {memberId: 'm2', start: 5, end: 9},
    ]);
    expect(fetch.mock.calls[0]![0]).toBe('/api/v1/meetings/busy?members=m1%2Cm2&from=0&to=100');
  });

  it('shows nothing (never an error) when the route is missing, the network is down or the answer is not JSON', async () => {
    vi.stubGlobal('fetch', answer(404, JSON.stringify({error: {code: 'not_found', message: ''}})));
    expect(await fetchBusy(['m1'], 0, 1, 'ru')).toEqual([]);
    vi.stubGlobal(
      'fetch',
      vi.fn<() => Promise<Response>>(async () => Promise.reject(new TypeError('offline'))),
    );
    expect(await fetchBusy(['m1'], 0, 1, 'ru')).toEqual([]);
    vi.stubGlobal('fetch', answer(502, '<html>Bad gateway</html>'));
    expect(await fetchBusy(['m1'], 0, 1, 'ru')).toEqual([]);
  });

  it('asks nothing without members', async () => {
    const fetch = answer(200, '{"data":[]}');
    vi.stubGlobal('fetch', fetch);
    expect(await fetchBusy([], 0, 1, 'ru')).toEqual([]);
    expect(fetch).not.toHaveBeenCalled();
  });
});
