-- 0307: getting back in, and being let out (issue 11, item 6).
--
-- Password reset by email: a one-time link. Only the SHA-256 of its token is
-- kept; it expires after an hour, is used once, and a newer request voids the
-- older ones. Server-only, like session and invite: not published to devices.
create table password_reset (
  id          text primary key,
  user_id     text not null references app_user (id) on delete cascade,
  token_hash  text not null unique,
  created_at  timestamptz(3) not null default now(),
  expires_at  timestamptz(3) not null,
  used_at     timestamptz(3),
  revoked_at  timestamptz(3)
);
create index password_reset_user_idx on password_reset (user_id);

-- A password an owner set for a colleague (the fallback when email is off) is
-- temporary: the app asks for a new one at the next sign-in.
alter table app_user add column password_temporary boolean not null default false;

-- A switched-off member is signed out everywhere, whatever path switched them
-- off (a device through sync, the REST API, a script): their sessions and API
-- keys are revoked in the same transaction.
create function dot_member_switched_off() returns trigger language plpgsql as $$
begin
  update session set revoked_at = now() where member_id = new.id and revoked_at is null;
  return new;
end $$;
create trigger member_switched_off after update of active on member
  for each row when (old.active and not new.active) execute function dot_member_switched_off();

-- Every revoked session is announced on commit (NOTIFY is transactional), so
-- the server drops that session's live sync connection at once instead of
-- letting it receive updates until the device reconnects.
create function dot_session_revoked() returns trigger language plpgsql as $$
begin
  perform pg_notify('dot_session_revoked', new.token_hash);
  return new;
end $$;
create trigger session_revoked after update of revoked_at on session
  for each row when (old.revoked_at is null and new.revoked_at is not null) execute function dot_session_revoked();
