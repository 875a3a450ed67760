-- 0309: the first answer to a REST write sent with an Idempotency-Key, so
-- every repeat of that key (a retry after a lost answer, a double tap, N
-- concurrent copies) gets that same answer and the write happens once —
-- for every route, hand-written or derived (sync-server/rest/idempotent.ts).
-- A row without a status is a write still running: repeats wait for it.
-- The body is the answer's JSON text, so a repeat is byte for byte the first,
-- sealed with a key derived from the Idempotency-Key (it may hold a new API
-- key or an invitation link); `key` is that key's SHA-256, never the key.
-- Kept a day; never synced (it is the server's memory of its answers).
create table idempotent_answer (
  company_id   text not null references company (id) on delete cascade,
  scope        text not null,
  key          text not null,
  fingerprint  text not null,
  status       integer,
  body         text,
  created_at   timestamptz(3) not null default now(),
  primary key (company_id, scope, key)
);
create index idempotent_answer_age_idx on idempotent_answer (created_at);
