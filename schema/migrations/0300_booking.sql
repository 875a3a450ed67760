-- 0300: booking for masters (B1–B3, B5–B8, S3): a master's public profile,
-- places of work with weekly hours and dated exceptions, services, bookings
-- that can never overlap, and a review tied to the visit.

-- The no-double-booking rule is a database rule, so no write path (sync, REST,
-- public page, 50 clients at once) can break it: see booking_no_overlap below.
create extension if not exists btree_gist;

-- A member who takes bookings. One per member; the slug makes their own link
-- /c/<company>/book/<slug> (a client who came by it sees only this master, B6).
create table booking_master (
  id                  text primary key,
  company_id          text not null references company (id) on delete cascade,
  member_id           text not null references member (id) on delete cascade,
  slug                text not null check (slug ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  display_name        text not null,
  about               text not null default '',
  tr                  jsonb not null default '{}',
  active              boolean not null default true,
  -- The grid of start times offered to clients, in minutes.
  slot_step_min       integer not null default 30 check (slot_step_min between 5 and 240),
  -- How soon a client may book (minutes from now) and how far ahead (days).
  min_notice_min      integer not null default 60 check (min_notice_min between 0 and 10080),
  horizon_days        integer not null default 30 check (horizon_days between 1 and 180),
  -- Until how long before the visit a client may move or cancel it themselves.
  cancel_before_min   integer not null default 180 check (cancel_before_min between 0 and 10080),
  -- Reminders before the visit, in minutes (default 24 h and 2 h).
  reminder_offsets    jsonb not null default '[1440, 120]',
  -- The "how was it?" message this long after the visit ends; null: none.
  review_after_min    integer default 120 check (review_after_min is null or review_after_min between 0 and 10080),
  created_at          timestamptz(3) not null default now(),
  updated_at          timestamptz(3) not null default now(),
  unique (company_id, slug),
  unique (company_id, member_id)
);

create table booking_place (
  id           text primary key,
  company_id   text not null references company (id) on delete cascade,
  master_id    text not null references booking_master (id) on delete cascade,
  name         text not null,
  address      text not null default '',
  -- IANA zone of the place (Kazakhstan: UTC+5 everywhere since March 2024).
  timezone     text not null default 'Asia/Almaty',
  -- Weekly hours in the shape of company_profile.hours: breaks are the gaps.
  hours        jsonb not null default '{}',
  position     double precision not null default 0,
  archived_at  timestamptz(3),
  created_at   timestamptz(3) not null default now(),
  updated_at   timestamptz(3) not null default now()
);
create index booking_place_master_idx on booking_place (company_id, master_id);

-- A dated exception to a place's week: a day off, a holiday, a short day.
-- id = "<place id>:<YYYY-MM-DD>", so two devices setting the same day meet on
-- one row (last writer wins) instead of two contradicting rows.
create table booking_exception (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  master_id   text not null references booking_master (id) on delete cascade,
  place_id    text not null references booking_place (id) on delete cascade,
  day         text not null check (day ~ '^\d{4}-\d{2}-\d{2}$'),
  open        boolean not null default false,
  intervals   jsonb not null default '[]',
  note        text not null default '',
  created_at  timestamptz(3) not null default now(),
  updated_at  timestamptz(3) not null default now(),
  unique (place_id, day)
);

create table booking_service (
  id            text primary key,
  company_id    text not null references company (id) on delete cascade,
  master_id     text not null references booking_master (id) on delete cascade,
  title         text not null,
  description   text not null default '',
  tr            jsonb not null default '{}',
  duration_min  integer not null check (duration_min between 5 and 1440),
  buffer_min    integer not null default 0 check (buffer_min between 0 and 240),
  -- Integer tiyn; null: price on request.
  price         bigint check (price is null or price >= 0),
  -- The places that offer it (ids of booking_place).
  place_ids     jsonb not null default '[]',
  position      double precision not null default 0,
  archived_at   timestamptz(3),
  created_at    timestamptz(3) not null default now(),
  updated_at    timestamptz(3) not null default now()
);
create index booking_service_master_idx on booking_service (company_id, master_id);

-- A visit (or time the master blocked for themselves). Times in UTC; shown in
-- the place's zone. blocked_until = ends_at + the service's buffer: the master's
-- time is taken until then.
create table booking (
  id             text primary key,
  company_id     text not null references company (id) on delete cascade,
  master_id      text not null references booking_master (id) on delete cascade,
  place_id       text not null references booking_place (id),
  service_id     text references booking_service (id),
  kind           text not null default 'visit' check (kind in ('visit', 'block')),
  starts_at      timestamptz(3) not null,
  ends_at        timestamptz(3) not null,
  blocked_until  timestamptz(3) not null,
  status         text not null default 'confirmed' check (status in ('confirmed', 'cancelled', 'no_show')),
  service_title  text not null default '',
  price          bigint,
  client_name    text not null default '',
  -- E.164 (shared/phone.ts); the CRM (issue 6) links client_id later.
  client_phone   text not null default '',
  client_email   text not null default '',
  client_id      text,
  client_locale  text not null default 'ru' check (client_locale in ('ru', 'kk', 'en')),
  note           text not null default '',
  source         text not null default 'manual',
  cancel_reason  text not null default '',
  cancelled_by   text check (cancelled_by in ('client', 'master')),
  created_by     text references member (id),
  created_at     timestamptz(3) not null default now(),
  updated_at     timestamptz(3) not null default now(),
  check (ends_at > starts_at and blocked_until >= ends_at),
  -- No double booking, ever: two live bookings of one master never share a moment.
  constraint booking_no_overlap exclude using gist (
    master_id with =,
    tstzrange(starts_at, blocked_until, '[)') with &&
  ) where (status = 'confirmed')
);
create index booking_master_time_idx on booking (company_id, master_id, starts_at);
create index booking_due_idx on booking (starts_at) where status = 'confirmed';

-- Reviews left after a visit are tied to it (one per booking) and to the master.
alter table review add column booking_id text references booking (id) on delete set null;
alter table review add column master_id text references booking_master (id) on delete set null;
create unique index review_booking_key on review (booking_id) where booking_id is not null;

-- A master's message to all their clients ("on holiday 1–7 May"). Written from
-- any device, offline too; the server sends it (one notification per client).
create table mass_notification (
  id           text primary key,
  company_id   text not null references company (id) on delete cascade,
  master_id    text not null references booking_master (id) on delete cascade,
  body         text not null,
  status       text not null default 'pending' check (status in ('pending', 'sent')),
  recipients   integer not null default 0,
  created_by   text references member (id),
  created_at   timestamptz(3) not null default now(),
  sent_at      timestamptz(3)
);

-- The secret address of a master's calendar feed (.ics). Never synced; revoked
-- by deleting the row, replaced by writing a new token.
create table booking_feed (
  id          text primary key references booking_master (id) on delete cascade,
  company_id  text not null references company (id) on delete cascade,
  token       text not null unique,
  created_at  timestamptz(3) not null default now()
);

create trigger booking_master_touch before update on booking_master for each row execute function dot_touch();
create trigger booking_place_touch before update on booking_place for each row execute function dot_touch();
create trigger booking_exception_touch before update on booking_exception for each row execute function dot_touch();
create trigger booking_service_touch before update on booking_service for each row execute function dot_touch();
create trigger booking_touch before update on booking for each row execute function dot_touch();

create trigger booking_master_audit after insert or update or delete on booking_master for each row execute function dot_audit();
create trigger booking_place_audit after insert or update or delete on booking_place for each row execute function dot_audit('master_id');
create trigger booking_exception_audit after insert or update or delete on booking_exception for each row execute function dot_audit('place_id');
create trigger booking_service_audit after insert or update or delete on booking_service for each row execute function dot_audit('master_id');
create trigger booking_audit after insert or update or delete on booking for each row execute function dot_audit('master_id');
create trigger mass_notification_audit after insert or update or delete on mass_notification for each row execute function dot_audit('master_id');
create trigger booking_feed_audit after insert or update or delete on booking_feed for each row execute function dot_audit();

alter publication dot_sync add table booking_master, booking_place, booking_exception, booking_service, booking, mass_notification;

-- New permissions for the system roles of existing companies: owners and admins
-- manage every master's booking; staff manage their own (as a master).
update role set permissions = permissions || '["booking.manage", "booking.own"]'::jsonb
 where is_system and key in ('owner', 'admin') and not permissions ? 'booking.manage';
update role set permissions = permissions || '["booking.own"]'::jsonb
 where is_system and key = 'staff' and not permissions ? 'booking.own';
