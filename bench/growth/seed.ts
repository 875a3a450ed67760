// The company's requests written with SQL (generate_series), as backup.ts does:
// triggers off (numbering and audit would cost minutes at 100k; the app's own
// paths are tested elsewhere, here only the amount of data matters). Every
// seeded request is open ("new"), so the list's default scope counts them all.
import type pg from 'pg';

export type Company = {id: string; memberId: string; typeId: string | null; slug: string};

const SUBJECTS = ['Замена смесителя', 'Доставка цветов', 'Ремонт двери', 'Қала ішінде жеткізу', 'Счёт на оплату', 'Тапсырыс беру', 'Возврат товара'];
const PRIORITIES = ['low', 'medium', 'medium', 'high', 'urgent'];

/** Adds requests `from`+1 … `to` (ids g1 … gN), created one minute apart, newest last. */
export async function seedRequests(pool: pg.Pool, c: Company, from: number, to: number): Promise<void> {
  const db = await pool.connect();
  try {
    await db.query('set session_replication_role = replica');
    // Batches keep each transaction (and the replication of it to zero-cache) moderate.
    for (let lo = from + 1; lo <= to; lo += 10_000) {
      const hi = Math.min(to, lo + 9_999);
      await db.query(
        `insert into request (id, company_id, number, title, text, client_name, client_phone, source, status, type_id, priority,
                              created_by, created_at, updated_at, status_since)
         select 'g' || g, $1, g, ($4::text[])[1 + g % 7] || ' ' || g, 'Заявка номер ' || g || ': перезвонить после обеда',
                'Клиент ' || (g % 997), '+7701' || lpad(g::text, 7, '0'), 'manual', 'new', $3,
                ($5::text[])[1 + g % 5], $2, ts, ts, ts
           from generate_series($6::int, $7::int) g, lateral (select now() - ((200000 - g) || ' minutes')::interval as ts) t`,
        [c.id, c.memberId, c.typeId, SUBJECTS, PRIORITIES, lo, hi],
      );
    }
  } finally {
    await db.query('set session_replication_role = origin').catch(() => {});
    db.release();
  }
}

/** "While the device was offline": `n` open requests are closed on the server (status done). */
export async function closeSome(pool: pg.Pool, c: Company, n: number): Promise<void> {
  await pool.query(
    `update request set status = 'done', updated_at = now(), status_since = now()
      where id in (select id from request where company_id = $1 and status = 'new' order by created_at desc limit $2)`,
    [c.id, n],
  );
}

/** Every request open again, so each size starts with all of them open (the closed ones of the previous catch-up too). */
export async function reopenAll(pool: pg.Pool, c: Company): Promise<void> {
  await pool.query(`update request set status = 'new', status_since = updated_at where company_id = $1 and status <> 'new'`, [c.id]);
}
