-- 0800: the platform level (issue 18). Everything here belongs to the owner of
-- the platform, not to a company: none of it is synced, and none of it is read
-- by a company's queries. Company rows that a platform administrator changes
-- (status, plan) are changed through the console's routes, which write the
-- platform audit log in the same transaction.

-- A company is active, suspended (it sees why; sign-in, sync, API keys and
-- public pages stop), blocked (the same, for breaking the rules), or deleted
-- (its data is removed after a grace period; reinstating within it loses nothing).
alter table company drop constraint company_status_check;
alter table company add constraint company_status_check check (status in ('active', 'suspended', 'blocked', 'deleted'));

-- A platform administrator: a separate kind of account, never a member of a
-- company. The password as a scrypt hash (auth/password.ts), the TOTP secret in
-- base32; totp_last_step refuses the same code twice (RFC 6238 §5.2).
create table platform_admin (
  id              text primary key,
  email           text not null,
  name            text not null default '',
  password_hash   text not null,
  totp_secret     text not null,
  totp_last_step  bigint not null default 0,
  active          boolean not null default true,
  created_at      timestamptz(3) not null default now(),
  last_sign_in_at timestamptz(3)
);
create unique index platform_admin_email_idx on platform_admin (lower(email));

-- A console session: its own table and cookie, so no company session or API
-- key can ever be taken for one.
create table platform_session (
  id            text primary key,
  token_hash    text not null unique,
  admin_id      text not null references platform_admin (id) on delete cascade,
  created_at    timestamptz(3) not null default now(),
  last_seen_at  timestamptz(3) not null default now(),
  expires_at    timestamptz(3) not null,
  revoked_at    timestamptz(3),
  user_agent    text
);

-- Every action of a platform administrator: who, what, which company, why.
-- Append-only; company_id is kept as text (no foreign key) so that the record
-- outlives a company that was deleted.
create table platform_audit (
  id          bigint generated always as identity primary key,
  at          timestamptz(3) not null default now(),
  admin_id    text references platform_admin (id) on delete set null,
  action      text not null,
  company_id  text,
  target      text,
  reason      text,
  detail      jsonb not null default '{}'
);
create index platform_audit_company_idx on platform_audit (company_id, at desc);
create index platform_audit_at_idx on platform_audit (at desc);

-- Tariff plans as data (P4). Null limits are "no limit". Prices in tiyn (KZT).
create table plan (
  key                 text primary key check (key ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  name                jsonb not null,
  modules             jsonb not null default '[]',
  max_members         integer check (max_members > 0),
  storage_mb          integer check (storage_mb > 0),
  messages_per_month  integer check (messages_per_month >= 0),
  price_month_tiyn    bigint not null default 0 check (price_month_tiyn >= 0),
  price_year_tiyn     bigint not null default 0 check (price_year_tiyn >= 0),
  trial_days          integer not null default 0 check (trial_days between 0 and 365),
  archived            boolean not null default false,
  sort                integer not null default 0,
  created_at          timestamptz(3) not null default now(),
  updated_at          timestamptz(3) not null default now()
);
-- "free": every module, no limits, no price — what every company had before
-- tariffs existed, and what sign-ups get until the platform's owner chooses otherwise.
insert into plan (key, name, modules, sort) values
  ('free', '{"ru": "Бесплатный", "kk": "Тегін", "en": "Free"}',
   '["requests", "crm", "catalog", "booking", "reviews", "backoffice", "analytics", "messengers", "tasks", "finance"]', 0);

-- A company's account with the platform: its plan, until when it is paid (or
-- on trial), why its status is what it is, and when a deleted one is purged.
-- paid_until null = never billed (a plan with no price).
create table company_account (
  company_id        text primary key references company (id) on delete cascade,
  plan_key          text not null default 'free' references plan (key),
  trial_until       timestamptz(3),
  paid_until        timestamptz(3),
  status_reason     text,
  status_changed_at timestamptz(3),
  delete_after      timestamptz(3),
  reminded_at       timestamptz(3),
  updated_at        timestamptz(3) not null default now()
);
insert into company_account (company_id) select id from company;
-- Every company has one from its first moment (sign-up, an approved connection request).
create function dot_company_account() returns trigger language plpgsql as $$
begin
  insert into company_account (company_id) values (new.id) on conflict do nothing;
  return null;
end $$;
create trigger company_account_make after insert on company for each row execute function dot_company_account();

-- Periods the platform administrator marked as paid (no payment gateway).
create table company_payment (
  id           text primary key,
  company_id   text not null references company (id) on delete cascade,
  plan_key     text not null references plan (key),
  paid_from    timestamptz(3) not null,
  paid_until   timestamptz(3) not null check (paid_until > paid_from),
  amount_tiyn  bigint not null check (amount_tiyn >= 0),
  note         text,
  admin_id     text references platform_admin (id) on delete set null,
  created_at   timestamptz(3) not null default now()
);
create index company_payment_company_idx on company_payment (company_id, paid_until desc);

-- "Connect your business": the public form's queue in the console.
create table connection_request (
  id             text primary key,
  business_name  text not null,
  person_name    text not null,
  email          text not null,
  phone          text,
  city           text,
  business_kind  text,
  message        text,
  locale         text not null default 'ru' check (locale in ('ru', 'kk', 'en')),
  status         text not null default 'new' check (status in ('new', 'approved', 'declined')),
  reason         text,
  company_id     text references company (id) on delete set null,
  decided_by     text references platform_admin (id) on delete set null,
  decided_at     timestamptz(3),
  created_at     timestamptz(3) not null default now()
);
create index connection_request_status_idx on connection_request (status, created_at desc);

-- Technical settings: the environment is the source at start; a value saved
-- here overrides it from then on.
create table platform_setting (
  key         text primary key,
  value       jsonb not null,
  updated_at  timestamptz(3) not null default now(),
  updated_by  text references platform_admin (id) on delete set null
);

-- Platform content: landing and help pages, in three languages.
create table platform_page (
  slug        text primary key check (slug ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
  title       jsonb not null,
  body        jsonb not null,
  published   boolean not null default true,
  updated_at  timestamptz(3) not null default now()
);

-- Announcements: a banner in the app for all companies, or some (by id or plan).
create table announcement (
  id          text primary key,
  text        jsonb not null,
  tone        text not null default 'info' check (tone in ('info', 'warning')),
  audience    jsonb not null default '{"all": true}',
  starts_at   timestamptz(3) not null default now(),
  ends_at     timestamptz(3),
  created_at  timestamptz(3) not null default now(),
  created_by  text references platform_admin (id) on delete set null
);
