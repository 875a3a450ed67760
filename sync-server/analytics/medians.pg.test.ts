// MEDIANS (sql/common.ts) picks the same element percentile_disc(0.5) does —
// the ⌈n/2⌉-th smallest — from its one sorted bucket: over sets odd and even,
// with ties, zeros, one element, and values spread over many buckets.
import pg from 'pg';
import {afterAll, describe, expect, inject, it} from 'vitest';
import {MEDIANS} from './sql/common.ts';
import {rng} from './seed.ts';

const pool = new pg.Pool({connectionString: inject('pgUrl'), max: 2});
afterAll(() => pool.end());

describe('MEDIANS', () => {
  it('gives percentile_disc(0.5), n and the sum, per key', async () => {
    const r = rng(17);
    for (let round = 0; round < 20; round++) {
      const rows: {key: string; d: number}[] = [];
      for (const key of ['a', 'b', 'c'].slice(0, 1 + (round % 3))) {
        const n = 1 + Math.floor(r() * (round < 5 ? 4 : 400));
        const tied = r() < 0.5;
        for (let i = 0; i < n; i++) {
          const d = tied ? 18_000_000 * Math.floor(r() * 3) : Math.floor(r() ** 4 * 10 ** (1 + Math.floor(r() * 9)));
          rows.push({key, d});
        }
      }
      const values = `x as (select * from jsonb_to_recordset($1::jsonb) as x(key text, d bigint))`;
      const json = JSON.stringify(rows);
      const fast = await pool.query(`with ${values}, ${MEDIANS}`, [json]);
      const slow = await pool.query(
        `with ${values} select key, count(*) as n, sum(d) as total, percentile_disc(0.5) within group (order by d) as median from x group by 1`,
        [json],
      );
      const norm = (rs: {key: string; n: unknown; total: unknown; median: unknown}[]) =>
        rs.map((x) => ({key: x.key, n: Number(x.n), total: Number(x.total), median: Number(x.median)})).sort((a, b) => (a.key < b.key ? -1 : 1));
      expect(norm(fast.rows), `round ${round}`).toEqual(norm(slow.rows));
    }
  });
});
