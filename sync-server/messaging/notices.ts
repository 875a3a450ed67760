// A client wrote: the people who answer hear of it on their devices (in-app
// and web push) — the master the chat is with, or whoever it is assigned to,
// else those who see every conversation.
import type pg from 'pg';
import {notify, type NotifyDeps} from '../notify/notifier.ts';

export function clientMessageNotice(pool: pg.Pool, deps: NotifyDeps) {
  return async (companyId: string, conversationId: string, messageId: string): Promise<void> => {
    const {rows} = await pool.query<{title: string; body: string; member_ids: string[]}>(
      `select c.title, m.body,
              coalesce(array_remove(array[coalesce(c.assigned_member_id, c.master_member_id)], null), '{}') ||
              case when c.assigned_member_id is null and c.master_member_id is null then
                (select coalesce(array_agg(mb.id), '{}') from member mb where mb.company_id = c.company_id and mb.active
                    and exists (select 1 from role r where r.company_id = mb.company_id and mb.roles ? r.key and r.permissions ? 'inbox.read'))
              else '{}' end as member_ids
         from conversation c join chat_message m on m.conversation_id = c.id
        where c.id = $1 and m.id = $2 and c.company_id = $3`,
      [conversationId, messageId, companyId],
    );
    const row = rows[0];
    if (!row) return;
    for (const memberId of row.member_ids) {
      await notify(
        deps,
        companyId,
        {type: 'member', memberId},
        {
          kind: 'inbox.message',
          dedupeKey: `inbox:${messageId}:${memberId}`,
          title: row.title || '💬',
          body: row.body.slice(0, 200) || '📷',
          url: `/inbox/${conversationId}`,
          subject: {type: 'conversation', id: conversationId},
          audienceMemberId: memberId,
          notice: {title: {key: 'inbox.notice.title', params: {name: row.title}}, body: {key: 'inbox.notice.body', params: {text: row.body.slice(0, 200)}}},
        },
      );
    }
  };
}
