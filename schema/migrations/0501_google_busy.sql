-- 0501: what a person's Google Calendar says about them (M1, I3), kept on the
-- server only (never synced): the times of their other events, for free/busy
-- (times only, no titles), and, for each mirrored event, which version of the
-- meeting or task it shows and whether the person removed it in Google.

-- Busy time from Google: one row per event of theirs that is not ours, not
-- "free" (transparent) and not declined. Dropped and rebuilt by a full resync
-- (after Google's 410 "a full sync is required"), so a deleted event never stays.
create table google_busy (
  member_id   text not null references member (id) on delete cascade,
  company_id  text not null references company (id) on delete cascade,
  event_id    text not null,
  starts_at   timestamptz(3) not null,
  ends_at     timestamptz(3) not null,
  primary key (member_id, event_id)
);
create index google_busy_time_idx on google_busy (company_id, member_id, starts_at);

-- The meeting's or task's updated_at the Google event was last written from:
-- a mirror is rewritten when they differ. Removed: the person deleted our event
-- in Google; it is not put back until the meeting or task changes.
alter table google_event add column mirrored_at timestamptz(3);
alter table google_event add column removed boolean not null default false;
