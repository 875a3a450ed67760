// K3: one client across messengers on purpose. The client asks for a code in
// one messenger and types it in another within 15 minutes; then both accounts
// are one: the same CRM client in every company they talk to (the messenger
// contact moves to the client the other account already has), the same phone,
// and the same masters to choose from.
import {randomInt} from 'node:crypto';
import type pg from 'pg';
import type {MessengerKind} from '#schema/tables/messaging.ts';
import {normalizeContact} from '#shared/crm/contacts.ts';
import {MESSENGER_NAMES} from '#shared/messaging/events.ts';
import {auditedTransaction} from '../db/audit-tx.ts';

export async function newLinkCode(pool: pg.Pool, botUserId: string): Promise<string> {
  for (let i = 0; i < 10; i++) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const r = await pool.query(
      `update bot_user set link_code = $2, link_until = now() + interval '15 minutes' where id = $1
         and not exists (select 1 from bot_user where link_code = $2 and link_until > now())`,
      [botUserId, code],
    );
    if (r.rowCount) return code;
  }
  throw new Error('no free link code');
}

type Account = {id: string; channel: MessengerKind; bot: string; user_id: string; chat_id: string; phone: string};

/** Joins the account that made `code` with this one; the other's messenger name, or undefined for a wrong or stale code. */
export async function useLinkCode(pool: pg.Pool, me: {botUserId: string; companyId: string; conversationId: string}, code: string) {
  return auditedTransaction(pool, {actorId: null, via: 'system', action: 'messaging.link'}, async (db) => {
    const found = await db.query<Account>(
      `update bot_user set link_code = null, link_until = null
        where link_code = $1 and link_until > now() and id <> $2
        returning id, channel, bot, user_id, chat_id, phone`,
      [code, me.botUserId],
    );
    const other = found.rows[0];
    if (!other) return undefined;
    const mine = (await db.query<Account>('select id, channel, bot, user_id, chat_id, phone from bot_user where id = $1', [me.botUserId])).rows[0]!;
    // The same phone on both, where one knows it.
    const phone = mine.phone || other.phone;
    if (phone) await db.query(`update bot_user set phone = $2 where id = any($1) and phone = ''`, [[mine.id, other.id], phone]);
    // The same masters to choose from.
    await db.query(
      `insert into bot_follow (id, bot_user_id, company_id, master_id, source, created_at)
       select f.id || ':' || t.id, t.id, f.company_id, f.master_id, f.source, f.created_at
         from bot_follow f, (select unnest($1::text[]) as id) t
        where f.bot_user_id = any($1) and f.bot_user_id <> t.id
       on conflict (id) do nothing`,
      [[mine.id, other.id]],
    );
    // One client in this company: the other account's, when it has a chat here.
    const theirs = await db.query<{client_id: string | null}>(
      `select client_id from conversation where company_id = $1 and channel = $2 and bot = $3 and chat_id = $4`,
      [me.companyId, other.channel, other.bot, other.chat_id],
    );
    const target = theirs.rows[0]?.client_id;
    const here = await db.query<{client_id: string | null}>('select client_id from conversation where id = $1', [me.conversationId]);
    const current = here.rows[0]?.client_id;
    // The other account talks for the same company and master from now on, where it had none.
    await db.query(
      `update bot_user o set active_company_id = coalesce(o.active_company_id, m.active_company_id), active_master_id = coalesce(o.active_master_id, m.active_master_id)
         from bot_user m where o.id = $1 and m.id = $2`,
      [other.id, mine.id],
    );
    const value = normalizeContact(mine.channel, mine.user_id) ?? mine.user_id;
    if (target && current !== target) {
      await db.query(`update client_contact set client_id = $2 where company_id = $3 and client_id = $1 and kind = $4 and value = $5`, [
        current,
        target,
        me.companyId,
        mine.channel,
        value,
      ]);
      await db.query(
        `insert into client_contact (id, company_id, client_id, kind, value) select gen_random_uuid()::text, $1, $2, $3, $4
          where not exists (select 1 from client_contact where company_id = $1 and client_id = $2 and kind = $3 and value = $4)`,
        [me.companyId, target, mine.channel, value],
      );
      await db.query('update conversation set client_id = $2 where id = $1', [me.conversationId, target]);
    }
    return {channel: MESSENGER_NAMES[other.channel]};
  });
}
