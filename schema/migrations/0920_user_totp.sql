-- 0920: a second factor any person can turn on for their own account (issue 19). One row per account while it is
-- being set up (enabled_at null) or on. Per account, not per company: the same person signs in to every company of
-- theirs with the same phone. The secret is sealed with a server key (db/sealed.ts), so a copy of the database
-- alone cannot mint codes; recovery codes are kept only as SHA-256 hashes, each removed once used. Not synced,
-- no company_id: like the password hash, it never reaches a device or a company's export.
create table user_totp (
  user_id         text primary key references app_user (id) on delete cascade,
  secret_sealed   text not null,
  enabled_at      timestamptz(3),
  -- The last accepted step: a code works once (RFC 6238 §5.2).
  last_step       bigint not null default 0,
  recovery_hashes text[] not null default '{}',
  updated_at      timestamptz(3) not null default now()
);
