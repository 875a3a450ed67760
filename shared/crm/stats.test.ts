import {describe, expect, it} from 'vitest';
import {isVisit, statsBookings, statsByClient, type StatsRequest} from './stats.ts';

const HOUR = 3_600_000;
const NOW = Date.parse('2030-06-10T12:00:00+05:00');
const rules = {isUnanswered: (r: StatsRequest) => r.status === 'new', priceOf: () => 0};
const booking = (over: {client_id?: string | null; status?: string; kind?: string; created_at?: number; starts_at: number}) => ({
  client_id: 'c',
  status: 'confirmed',
  kind: 'visit',
  created_at: NOW - 30 * 24 * HOUR,
  ...over,
});

describe('a client’s numbers with bookings', () => {
  it('counts a visit only for a confirmed booking whose start has passed', () => {
    expect(isVisit(booking({starts_at: NOW - HOUR}), NOW)).toBe(true);
    expect(isVisit(booking({starts_at: NOW}), NOW)).toBe(true);
    expect(isVisit(booking({starts_at: NOW + HOUR}), NOW)).toBe(false);
    expect(isVisit(booking({starts_at: NOW - HOUR, status: 'no_show'}), NOW)).toBe(false);
    expect(isVisit(booking({starts_at: NOW - HOUR, status: 'cancelled'}), NOW)).toBe(false);
    // Time the master blocked for themselves is nobody's visit.
    expect(isVisit(booking({starts_at: NOW - HOUR, kind: 'block'}), NOW)).toBe(false);
  });

  it('makes one booking and one request a repeat client, with no visit while the booking is ahead', () => {
    const stats = statsByClient(
      [{id: 'r1', client_id: 'c', created_at: NOW - 2 * HOUR, status: 'new'}],
      statsBookings([booking({created_at: NOW - 3 * HOUR, starts_at: NOW + 24 * HOUR})], NOW),
      rules,
    );
    expect(stats.get('c')).toMatchObject({requests: 1, bookings: 1, visits: 0, repeat: true, firstAt: NOW - 3 * HOUR, lastAt: NOW - 2 * HOUR});
  });

  it('counts cancelled and missed bookings as contacts, not visits; a visit is the last time we saw them', () => {
    const visitAt = NOW - 24 * HOUR;
    const stats = statsByClient(
      [],
      statsBookings(
        [
          booking({starts_at: visitAt}),
          booking({starts_at: NOW - 48 * HOUR, status: 'no_show'}),
          booking({starts_at: NOW + 48 * HOUR, status: 'cancelled'}),
          booking({starts_at: NOW - HOUR, client_id: null}),
        ],
        NOW,
      ),
      rules,
    );
    expect([...stats.keys()]).toEqual(['c']);
    expect(stats.get('c')).toMatchObject({requests: 0, bookings: 3, visits: 1, repeat: true, lastAt: visitAt});
  });

  it('one booking alone is not a repeat client, even after the visit', () => {
    const stats = statsByClient([], statsBookings([booking({starts_at: NOW - HOUR})], NOW), rules);
    expect(stats.get('c')).toMatchObject({bookings: 1, visits: 1, repeat: false});
  });
});
