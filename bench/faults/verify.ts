// What PostgreSQL holds against what the devices saw acknowledged.
import pg from 'pg';
import type {Ledger} from './devices.ts';

export type Tally = {acked: number; lost: string[]; duplicated: string[]; inFlightLanded: number};

export async function tally(pgUrl: string, companyId: string, ledger: Ledger): Promise<Tally> {
  const db = new pg.Client({connectionString: pgUrl});
  await db.connect();
  try {
    const {rows} = await db.query<{text: string; n: number}>(
      `select text, count(*)::int as n from request where company_id = $1 and text like 'fault:%' group by text`,
      [companyId],
    );
    const count = new Map(rows.map((r) => [r.text, r.n]));
    const acked = ledger.acked();
    const ackedSet = new Set(acked.map((w) => w.marker));
    return {
      acked: acked.length,
      lost: acked.filter((w) => !count.has(w.marker)).map((w) => w.marker),
      duplicated: rows.filter((r) => r.n > 1).map((r) => `${r.text} ×${r.n}`),
      // Sent but not yet acknowledged, already stored: fine (the answer was lost or is on its way).
      inFlightLanded: rows.filter((r) => !ackedSet.has(r.text)).length,
    };
  } finally {
    await db.end();
  }
}

/** A due job put in the queue before a kill; it must run after the restart. */
export async function scheduleDueJob(pgUrl: string, companyId: string, tag: string, inMs: number): Promise<string> {
  const db = new pg.Client({connectionString: pgUrl});
  await db.connect();
  try {
    const id = `fault-job-${tag}-${Date.now()}`;
    await db.query(
      `insert into job (id, queue, dedupe_key, company_id, payload, run_at) values ($1, 'request.mention', $1, $2, $3, now() + make_interval(secs => $4))`,
      [id, companyId, JSON.stringify({commentId: id}), inMs / 1000],
    );
    return id;
  } finally {
    await db.end();
  }
}

/** The job's state and tries ('done' or a recorded attempt means the runner took it). */
export async function jobState(pgUrl: string, id: string): Promise<{state: string; attempts: number} | undefined> {
  const db = new pg.Client({connectionString: pgUrl});
  await db.connect();
  try {
    return (await db.query<{state: string; attempts: number}>('select state, attempts from job where id = $1', [id])).rows[0];
  } finally {
    await db.end();
  }
}
