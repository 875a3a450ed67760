-- 0306: an in-app notice is read in the reader's language, not the one it was
-- written in. `message` holds what to say as message keys with parameters
-- ({"title": {"key": "notify.master.created", "params": {"client": "Сауле"}},
--   "body": {...}}; a parameter may be a date with its zone, a length of time,
-- another message key, or a text in each language: shared/i18n/notice.ts).
-- The device renders it in its own language; title and body stay, rendered in
-- the recipient's language when sent (email, push, and the rows written before
-- this, which keep showing their text: message is null there).
alter table notification add column message jsonb;
