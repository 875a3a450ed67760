-- 0301: machinery every module shares for work that happens by itself: a
-- durable job queue on this PostgreSQL, the notification log (email, in-app,
-- web push; bots later), web push subscriptions, and keys the server makes once.

-- The job queue (sync-server/jobs/). A job is claimed with FOR UPDATE SKIP
-- LOCKED, so several workers never take the same one; dedupe_key makes
-- enqueueing idempotent (a due scan may find the same due thing twice). Not
-- audited and not synced: it is machinery; what a job changes is audited.
create table job (
  id            text primary key,
  queue         text not null,
  dedupe_key    text unique,
  company_id    text references company (id) on delete cascade,
  payload       jsonb not null default '{}',
  state         text not null default 'pending' check (state in ('pending', 'running', 'done', 'failed', 'cancelled')),
  run_at        timestamptz(3) not null,
  attempts      integer not null default 0,
  max_attempts  integer not null default 5,
  locked_until  timestamptz(3),
  last_error    text not null default '',
  created_at    timestamptz(3) not null default now(),
  updated_at    timestamptz(3) not null default now()
);
create index job_due_idx on job (run_at) where state in ('pending', 'running');

-- Every message sent to a member or a client, on every channel, with what came
-- of it. In-app messages are the rows of channel 'inapp' (the member's devices
-- show them). audience_member_id: whose log it appears in (the master); the
-- managers see every row. dedupe_key: one message per purpose, never two.
create table notification (
  id                  text primary key,
  company_id          text not null references company (id) on delete cascade,
  kind                text not null,
  channel             text not null check (channel in ('email', 'inapp', 'push', 'telegram', 'whatsapp', 'vk')),
  recipient_type      text not null check (recipient_type in ('member', 'client')),
  member_id           text references member (id) on delete cascade,
  recipient           text not null default '',
  recipient_name      text not null default '',
  audience_member_id  text references member (id) on delete set null,
  subject_type        text not null default '',
  subject_id          text not null default '',
  title               text not null default '',
  body                text not null default '',
  url                 text not null default '',
  -- unknown: the sender stopped mid-send; not sent again, so never twice.
  status              text not null default 'pending' check (status in ('pending', 'sending', 'delivered', 'failed', 'skipped', 'unknown')),
  error               text not null default '',
  dedupe_key          text not null,
  created_at          timestamptz(3) not null default now(),
  sent_at             timestamptz(3),
  read_at             timestamptz(3),
  unique (company_id, dedupe_key)
);
create index notification_member_idx on notification (company_id, member_id, created_at desc);
create index notification_audience_idx on notification (company_id, audience_member_id, created_at desc);
create index notification_subject_idx on notification (company_id, subject_id);

-- A member's browsers that accepted web push. Server-only (the keys stay here).
create table push_subscription (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  member_id   text not null references member (id) on delete cascade,
  endpoint    text not null unique,
  p256dh      text not null,
  auth        text not null,
  created_at  timestamptz(3) not null default now()
);

-- Keys the server generates once and keeps (VAPID for web push, the secret
-- that signs clients' booking links). Never synced, never per company.
create table server_key (
  name        text primary key,
  value       text not null,
  created_at  timestamptz(3) not null default now()
);

create trigger notification_audit after insert or update or delete on notification for each row execute function dot_audit('subject_id');
create trigger push_subscription_audit after insert or update or delete on push_subscription for each row execute function dot_audit();

alter publication dot_sync add table notification;
