import {describe, expect, it} from 'vitest';
import {bookingState, clientTimeline} from './timeline.ts';

describe('a client’s timeline', () => {
  it('tells the story newest first: orders, requests, their status changes, notes, merges, and when the client appeared', () => {
    const r1 = {id: 'r1', number: 1, title: '', text: 'Торт', status: 'done', source: 'form', created_at: 10, catalog_item_id: 'cake'};
    const r2 = {id: 'r2', number: 2, title: 'Ещё', text: '', status: 'new', source: 'manual', created_at: 30};
    const events = clientTimeline({
      client: {id: 'c', created_at: 10, source: 'form'},
      requests: [r1, r2],
      audit: [
        {id: 'a1', entity_id: 'r1', action: 'update', changes: {status: {old: 'new', new: 'done'}}, created_at: 20, actor: {name: 'Асель'}},
        {id: 'a2', entity_id: 'r1', action: 'update', changes: {text: {old: 'x', new: 'y'}}, created_at: 21},
        {id: 'a3', entity_id: 'other', action: 'update', changes: {status: {old: 'new', new: 'done'}}, created_at: 22},
      ],
      notes: [{id: 'n1', body: 'Любит шоколад', created_at: 25}],
      merges: [{id: 'm1', created_at: 40, survivor_id: 'c', merged_id: 'd', otherName: 'Асель'}],
      bookings: [{id: 'b1', created_at: 35, starts_at: 100, status: 'confirmed'}],
    });
    expect(events.map((e) => [e.kind, e.at])).toEqual([
      ['merge', 40],
      ['booking', 35],
      ['request', 30],
      ['note', 25],
      ['status', 20],
      ['order', 10],
      ['created', 10],
    ]);
    expect(events.find((e) => e.kind === 'status')).toMatchObject({from: 'new', to: 'done', actor: 'Асель'});
  });

  it('tells how a booking stands: ahead, visited, cancelled or a no-show', () => {
    const b = {starts_at: 100, status: 'confirmed'};
    expect(bookingState(b, 99)).toBe('upcoming');
    expect(bookingState(b, 100)).toBe('visited');
    expect(bookingState({...b, status: 'cancelled'}, 200)).toBe('cancelled');
    expect(bookingState({...b, status: 'no_show'}, 200)).toBe('no_show');
  });
});
