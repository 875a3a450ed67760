// The executor rating (closed, on time, returned, clients' ratings) and the
// clients' new-vs-repeat split against brute-force counts, and one person's
// month by hand.
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {localToUtc} from '../../booking/zone.ts';
import type {AnalyticsInput} from '../input.ts';
import type {ClientsSection, PeopleSection} from '../types.ts';
import {computeDashboard} from './index.ts';
import {randomCase, type AnalyticsCase} from './testing/arbitrary.ts';
import {inPeriodOf, kindRef, set, sortedBy} from './testing/brute.ts';

function periodRequests(c: AnalyticsCase) {
  const {input, query: q} = c;
  const inP = inPeriodOf(c);
  return input.requests.filter(
    (r) =>
      inP(r.created_at) &&
      (set(q, 'branch') === null || r.department === set(q, 'branch')) &&
      (set(q, 'typeId') === null || r.type_id === set(q, 'typeId')) &&
      (set(q, 'responsibleId') === null || r.responsible_id === set(q, 'responsibleId')),
  );
}

function expectedPeople(c: AnalyticsCase): PeopleSection {
  const {input, query: q} = c;
  const inP = inPeriodOf(c);
  const rows = periodRequests(c);
  const reviews = input.reviews.flatMap((rv) => {
    const member = input.grants.funnelBookings ? input.masters.find((m) => m.id === rv.master_id)?.member_id : undefined;
    return member && inP(rv.created_at) && (set(q, 'responsibleId') === null || member === set(q, 'responsibleId')) ? [{member, rating: rv.rating}] : [];
  });
  const members = new Set([...rows.flatMap((r) => (r.responsible_id ? [r.responsible_id] : [])), ...reviews.map((r) => r.member)]);
  return {
    rows: sortedBy(
      [...members].map((key) => {
        const mine = rows.filter((r) => r.responsible_id === key);
        const closed = mine.filter((r) => kindRef(c, r.type_id, r.status) === 'done');
        const onTime = closed.filter((r) => {
          const dues = [r.sla_due_at, r.deadline].filter((d): d is number => d !== null && d !== undefined);
          const entered = input.stages.filter((s) => s.request_id === r.id && s.status === r.status).map((s) => s.entered_at);
          return entered.length > 0 && dues.every((d) => Math.max(...entered) <= d);
        });
        const returned = mine.filter((r) => {
          const statuses = input.stages.filter((s) => s.request_id === r.id).map((s) => s.status);
          return new Set(statuses).size < statuses.length;
        });
        const theirs = reviews.filter((rv) => rv.member === key);
        return {
          key,
          assigned: mine.length,
          closed: closed.length,
          onTime: onTime.length,
          returned: returned.length,
          reviews: theirs.length,
          ratingSum: theirs.reduce((s, rv) => s + rv.rating, 0),
        };
      }),
      ['closed', 'assigned'],
      'key',
    ),
  };
}

function expectedClients(c: AnalyticsCase): ClientsSection {
  const {input, query: q} = c;
  const inP = inPeriodOf(c);
  const member = set(q, 'responsibleId');
  const fromVisits = input.bookings.filter(
    (b) => b.kind === 'visit' && inP(b.starts_at) && (member === null || input.masters.some((m) => m.id === b.master_id && m.member_id === member)),
  );
  const seen = [...(input.grants.sections.includes('requests') ? periodRequests(c) : []), ...(input.grants.funnelBookings ? fromVisits : [])];
  const active = new Set(seen.flatMap((x) => (x.client_id ? [x.client_id] : [])));
  const fresh = [...active].filter((id) => input.clients.some((cl) => cl.id === id && inP(cl.created_at))).length;
  return {active: active.size, new: fresh, repeat: active.size - fresh};
}

describe('people and clients sections', () => {
  it('every figure equals a brute-force count over the same rows', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const c = randomCase(seed);
        const d = computeDashboard(c.input, c.query, c.now);
        expect(d.people).toEqual(expectedPeople(c));
        expect(d.clients).toEqual(expectedClients(c));
      }),
      {numRuns: 150},
    );
  });

  it("Aigerim's month: 3 assigned, 2 closed (one late), 1 sent back to work, two 5-star reviews; 2 clients, 1 of them new", () => {
    const zone = 'Asia/Almaty';
    const at = (d: string, h = 10) => localToUtc(d, h * 60, zone);
    const req = (id: string, status: string, extra: object = {}) => ({
      id,
      created_at: at('2026-11-03'),
      source: 'form',
      status,
      responsible_id: 'aigerim',
      department: '',
      ...extra,
    });
    const input: AnalyticsInput = {
      timeZone: zone,
      grants: {sections: ['requests', 'people', 'clients'], funnelBookings: true, funnelChats: false},
      types: [],
      requests: [
        req('a', 'done', {deadline: at('2026-11-05'), client_id: 'old'}),
        req('b', 'done', {sla_due_at: at('2026-11-04'), client_id: 'fresh'}),
        req('c', 'in_progress', {client_id: 'old'}),
        req('d', 'done', {responsible_id: null}),
      ],
      stages: [
        {request_id: 'a', status: 'done', entered_at: at('2026-11-04')},
        {request_id: 'b', status: 'done', entered_at: at('2026-11-06')},
        {request_id: 'c', status: 'in_progress', entered_at: at('2026-11-03'), left_at: at('2026-11-04')},
        {request_id: 'c', status: 'waiting', entered_at: at('2026-11-04'), left_at: at('2026-11-05')},
        {request_id: 'c', status: 'in_progress', entered_at: at('2026-11-05')},
      ],
      reviews: [
        {master_id: 'k', rating: 5, created_at: at('2026-11-10')},
        {master_id: 'k', rating: 5, created_at: at('2026-11-11')},
        {master_id: 'k', rating: 1, created_at: at('2026-10-31')},
      ],
      siteStats: [],
      conversations: [],
      bookings: [],
      masters: [{id: 'k', member_id: 'aigerim', places: []}],
      clients: [{id: 'fresh', created_at: at('2026-11-02')}],
      tasks: [],
      invoices: [],
      budget: [],
    };
    const d = computeDashboard(input, {from: '2026-11-01', to: '2026-11-30'}, at('2026-12-01'));
    expect(d.people!.rows).toEqual([{key: 'aigerim', assigned: 3, closed: 2, onTime: 1, returned: 1, reviews: 2, ratingSum: 10}]);
    expect(d.clients).toEqual({active: 2, new: 1, repeat: 1});
    expect(d.finance).toBeUndefined();
  });
});
