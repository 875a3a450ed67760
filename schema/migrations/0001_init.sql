-- 0001: tenants, people, sessions, requests, comments, the audit log.
-- Append-only: once landed, never edit this file; add 0002_… instead.

-- A company is the tenant. Every tenant-owned row carries company_id.
create table company (
  id          text primary key,
  slug        text not null unique,
  name        text not null,
  status      text not null default 'active' check (status in ('active', 'suspended')),
  locale      text not null default 'ru' check (locale in ('ru', 'kk', 'en')),
  timezone    text not null default 'Asia/Almaty',
  currency    text not null default 'KZT',
  created_at  timestamptz(3) not null default now()
);

-- A person who can sign in. Not synced: it holds the password hash.
create table app_user (
  id             text primary key,
  email          text not null,
  name           text not null,
  password_hash  text not null,
  locale         text not null default 'ru',
  created_at     timestamptz(3) not null default now()
);
create unique index app_user_email_key on app_user (lower(email));

-- Roles are data: the default owner/admin/staff rows are written at sign-up,
-- and a company can add more (S1 §3) without a migration.
create table role (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  key         text not null,
  name        text not null,
  permissions jsonb not null default '[]',
  is_system   boolean not null default false,
  created_at  timestamptz(3) not null default now(),
  unique (company_id, key)
);

-- A user's place in a company. Synced (names and roles are shown everywhere).
create table member (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  user_id     text not null references app_user (id) on delete cascade,
  name        text not null,
  email       text not null,
  role        text not null,
  active      boolean not null default true,
  created_at  timestamptz(3) not null default now(),
  unique (company_id, user_id)
);

-- Server-side sessions (cookie) and API keys (Bearer). Only the SHA-256 of the
-- secret is stored, so a database leak does not leak live credentials.
create table session (
  id            text primary key,
  token_hash    text not null unique,
  kind          text not null default 'browser' check (kind in ('browser', 'api')),
  label         text,
  user_id       text not null references app_user (id) on delete cascade,
  company_id    text not null references company (id) on delete cascade,
  member_id     text not null references member (id) on delete cascade,
  created_at    timestamptz(3) not null default now(),
  last_seen_at  timestamptz(3) not null default now(),
  expires_at    timestamptz(3),
  revoked_at    timestamptz(3),
  user_agent    text
);
create index session_user_idx on session (user_id);

create table invite (
  id           text primary key,
  company_id   text not null references company (id) on delete cascade,
  token_hash   text not null unique,
  email        text,
  role         text not null,
  created_by   text not null references member (id),
  created_at   timestamptz(3) not null default now(),
  expires_at   timestamptz(3) not null,
  accepted_at  timestamptz(3),
  accepted_by  text references member (id),
  revoked_at   timestamptz(3)
);

-- Per-company counters (request numbers #1, #2, …). Kept apart from company
-- so that numbering a request does not rewrite (and re-sync) the company row.
create table counter (
  company_id  text not null references company (id) on delete cascade,
  name        text not null,
  value       bigint not null default 0,
  primary key (company_id, name)
);

create table request (
  id            text primary key,
  company_id    text not null references company (id) on delete cascade,
  number        integer,
  client_name   text not null default '',
  client_phone  text not null default '',
  client_email  text not null default '',
  text          text not null default '',
  source        text not null default 'manual',
  status        text not null default 'new',
  created_by    text references member (id),
  created_at    timestamptz(3) not null default now(),
  updated_at    timestamptz(3) not null default now(),
  unique (company_id, number)
);
create index request_company_created_idx on request (company_id, created_at desc);

create table request_comment (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  request_id  text not null references request (id) on delete cascade,
  author_id   text references member (id),
  body        text not null,
  created_at  timestamptz(3) not null default now()
);
create index request_comment_request_idx on request_comment (request_id, created_at);

-- Idempotency keys of writes already executed: a write replayed from a
-- device's outbox (after a lost acknowledgement) has its effect only once.
create table applied_op (
  company_id  text not null references company (id) on delete cascade,
  op_id       text not null,
  mutator     text not null,
  created_at  timestamptz(3) not null default now(),
  primary key (company_id, op_id)
);

-- Append-only audit log, written by triggers in the same transaction as the
-- change itself, so no write path (sync, REST, public form, jobs) can skip it.
-- The actor, channel and mutator come from transaction-local settings that
-- the server sets before running a mutator (dot.actor_id, dot.via, dot.mutator).
create table audit_log (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  actor_id    text,
  via         text not null,
  mutator     text,
  entity      text not null,
  entity_id   text not null,
  parent_id   text,
  action      text not null check (action in ('insert', 'update', 'delete')),
  changes     jsonb not null,
  created_at  timestamptz(3) not null default clock_timestamp()
);
create index audit_log_entity_idx on audit_log (company_id, entity_id, created_at);
create index audit_log_parent_idx on audit_log (company_id, parent_id, created_at);

create function dot_audit_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_immutable before update or delete on audit_log
  for each row execute function dot_audit_immutable();

-- Generic row audit. TG_ARGV[0] optionally names the column holding the parent
-- entity id (a comment's request_id), so a request's history includes its comments.
create function dot_audit() returns trigger language plpgsql as $$
declare
  old_j jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
  new_j jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
  row_j jsonb := coalesce(new_j, old_j);
  diff  jsonb;
begin
  if tg_op = 'UPDATE' then
    select jsonb_object_agg(key, jsonb_build_object('old', old_j -> key, 'new', value))
      into diff
      from jsonb_each(new_j)
     where (old_j -> key) is distinct from value and key <> 'updated_at';
    if diff is null then
      return null;
    end if;
  elsif tg_op = 'INSERT' then
    diff := new_j;
  else
    diff := old_j;
  end if;
  insert into audit_log (id, company_id, actor_id, via, mutator, entity, entity_id, parent_id, action, changes)
  values (
    gen_random_uuid()::text,
    case when tg_table_name = 'company' then row_j ->> 'id' else row_j ->> 'company_id' end,
    nullif(current_setting('dot.actor_id', true), ''),
    coalesce(nullif(current_setting('dot.via', true), ''), 'system'),
    nullif(current_setting('dot.mutator', true), ''),
    tg_table_name,
    row_j ->> 'id',
    case when tg_nargs > 0 then row_j ->> tg_argv[0] end,
    lower(tg_op),
    diff
  );
  return null;
end $$;

-- The server numbers requests; whatever number a client sends is ignored.
create function dot_number_request() returns trigger language plpgsql as $$
begin
  insert into counter (company_id, name, value) values (new.company_id, 'request', 1)
  on conflict (company_id, name) do update set value = counter.value + 1
  returning value into new.number;
  return new;
end $$;
create trigger request_number before insert on request
  for each row execute function dot_number_request();

create function dot_touch() returns trigger language plpgsql as $$
begin
  new.updated_at := now();
  return new;
end $$;
create trigger request_touch before update on request
  for each row execute function dot_touch();

create trigger request_audit after insert or update or delete on request
  for each row execute function dot_audit();
create trigger request_comment_audit after insert or update or delete on request_comment
  for each row execute function dot_audit('request_id');
create trigger member_audit after insert or update or delete on member
  for each row execute function dot_audit();
create trigger role_audit after insert or update or delete on role
  for each row execute function dot_audit();
create trigger company_audit after insert or update or delete on company
  for each row execute function dot_audit();

-- Only these tables reach zero-cache (and so devices). Users, sessions,
-- invites and counters never leave the server.
create publication dot_sync for table company, role, member, request, request_comment, audit_log;
