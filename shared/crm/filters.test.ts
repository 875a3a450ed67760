import {describe, expect, it} from 'vitest';
import {DAY_MS, filterClients} from './filters.ts';
import {buildSearchIndex} from './search.ts';
import {statsByClient} from './stats.ts';

const now = Date.UTC(2026, 4, 20, 12);
const day = (n: number) => now - n * DAY_MS;

describe('client numbers and list filters', () => {
  const clients = [
    {id: 'new', name: 'Айгерим', tags: ['vip'], source: 'form', created_at: day(1)},
    {id: 'back', name: 'Ержан', tags: [], source: 'qr-menu', created_at: day(100)},
    {id: 'lost', name: 'Дана', tags: ['опт'], source: 'import', created_at: day(200)},
    {id: 'quiet', name: 'Бекзат', tags: [], source: 'import', created_at: day(300)},
    {id: 'gone', name: 'Старый', tags: [], source: 'form', created_at: day(50), merged_into: 'back'},
  ];
  const requests = [
    {id: 'r1', client_id: 'new', created_at: day(4), status: 'new', catalog_item_id: 'cake'},
    {id: 'r2', client_id: 'back', created_at: day(90), status: 'done'},
    {id: 'r3', client_id: 'back', created_at: day(2), status: 'in_progress', catalog_item_id: 'cake'},
    {id: 'r4', client_id: 'lost', created_at: day(120), status: 'done'},
    {id: 'r5', client_id: null, created_at: day(1), status: 'new'},
  ];
  const stats = statsByClient(requests, [], {isUnanswered: (r) => r.status === 'new', priceOf: (id) => (id === 'cake' ? 1_500_000 : 0)});
  const index = buildSearchIndex(clients, []);
  const ids = (f: Parameters<typeof filterClients>[3], sort: Parameters<typeof filterClients>[4] = 'recent') =>
    filterClients(clients, stats, index, f, sort, now).map((c) => c.id);

  it('computes lifetime numbers from requests, never from typing', () => {
    expect(stats.get('back')).toMatchObject({
      requests: 2,
      orders: 1,
      ordersTotal: 1_500_000,
      firstAt: day(90),
      lastAt: day(2),
      repeat: true,
      awaitingSince: null,
    });
    expect(stats.get('new')).toMatchObject({requests: 1, repeat: false, awaitingSince: day(4)});
    expect(stats.has('quiet')).toBe(false);
  });

  it('lists live clients, most recent contact first, and filters them', () => {
    expect(ids({})).toEqual(['back', 'new', 'lost', 'quiet']);
    expect(ids({repeat: 'yes'})).toEqual(['back']);
    expect(ids({repeat: 'no'})).toEqual(['new', 'lost', 'quiet']);
    expect(ids({tags: ['vip', 'опт']})).toEqual(['new', 'lost']);
    expect(ids({source: 'import'})).toEqual(['lost', 'quiet']);
    expect(ids({noAnswerDays: 3})).toEqual(['new']);
    expect(ids({noAnswerDays: 7})).toEqual([]);
    expect(ids({notSeenDays: 60})).toEqual(['lost']);
    expect(ids({lastContactDays: 7})).toEqual(['back', 'new']);
    expect(ids({query: 'erjan'})).toEqual(['back']);
    expect(ids({}, 'name')).toEqual(['new', 'quiet', 'lost', 'back']);
    expect(ids({}, 'requests')[0]).toBe('back');
  });
});
