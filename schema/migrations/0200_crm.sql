-- 0200: the CRM (K1–K3) — one record per client, recognised across channels
-- (request form, staff, API, bookings, messenger bots) by normalised contacts;
-- notes; undoable merges of duplicates; a log of exports of personal data.
--
-- Contacts live in their own table so that sync can withhold them: a role
-- without `clients.contacts` syncs client records but never a phone or email.

create table client (
  id           text primary key,
  company_id   text not null references company (id) on delete cascade,
  name         text not null default '',
  -- ISO date (YYYY-MM-DD); null when unknown.
  birthday     text check (birthday ~ '^\d{4}-\d{2}-\d{2}$'),
  tags         jsonb not null default '[]',
  -- Where the first contact came from: a request source ("form", "qr-menu",
  -- "manual", "api"), "booking", a messenger, or "import".
  source       text not null default '',
  consent      text not null default 'unknown' check (consent in ('unknown', 'yes', 'no')),
  consent_at   timestamptz(3),
  -- Set while this record is merged into another (undoing the merge clears it).
  merged_into  text references client (id) on delete set null,
  merged_at    timestamptz(3),
  created_by   text references member (id),
  created_at   timestamptz(3) not null default now(),
  updated_at   timestamptz(3) not null default now()
);
create index client_company_idx on client (company_id, created_at);
create index client_merged_into_idx on client (merged_into) where merged_into is not null;

-- A phone, email or messenger identity of a client, normalised for matching
-- (phones and WhatsApp as E.164, emails lower-case, Telegram/VK ids or names).
-- Not unique: two clients may share a family phone until someone merges them.
create table client_contact (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  client_id   text not null references client (id) on delete cascade,
  kind        text not null check (kind in ('phone', 'email', 'telegram', 'whatsapp', 'vk')),
  value       text not null check (value <> ''),
  created_at  timestamptz(3) not null default now()
);
create index client_contact_match_idx on client_contact (company_id, kind, value);
create index client_contact_client_idx on client_contact (client_id);

create table client_note (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  client_id   text not null references client (id) on delete cascade,
  author_id   text references member (id),
  body        text not null check (body <> ''),
  created_at  timestamptz(3) not null default now()
);
create index client_note_client_idx on client_note (client_id, created_at);

-- A merge keeps both records: the merged one is hidden (merged_into) and what
-- moved to the survivor is listed here, so an undo moves exactly that back.
create table client_merge (
  id              text primary key,
  company_id      text not null references company (id) on delete cascade,
  survivor_id     text not null references client (id) on delete cascade,
  merged_id       text not null references client (id) on delete cascade,
  -- {contacts: [ids], notes: [ids], requests: [ids], bookings: [ids]}
  moved           jsonb not null,
  -- The survivor's fields the merge changed: before and after.
  survivor_before jsonb not null,
  survivor_after  jsonb not null,
  created_by      text references member (id),
  created_at      timestamptz(3) not null default now(),
  undone_at       timestamptz(3),
  undone_by       text references member (id)
);
create index client_merge_survivor_idx on client_merge (company_id, survivor_id);

-- "Not the same person": a proposed duplicate pair someone dismissed.
create table client_dismissal (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  client_a    text not null references client (id) on delete cascade,
  client_b    text not null references client (id) on delete cascade,
  created_by  text references member (id),
  created_at  timestamptz(3) not null default now()
);

-- P5 for personal data: every export of the client base is a row here, and so
-- (through its audit trigger) a line in the audit log: who, when, how many,
-- with or without contacts.
create table client_export (
  id             text primary key,
  company_id     text not null references company (id) on delete cascade,
  member_id      text references member (id),
  format         text not null check (format in ('csv', 'xlsx')),
  row_count      integer not null,
  with_contacts  boolean not null,
  created_at     timestamptz(3) not null default now()
);

-- The client a request is from. Set by request.create (matching), by hand, or
-- moved by a merge; a deleted client leaves its requests unlinked.
alter table request add column client_id text references client (id) on delete set null;
create index request_client_idx on request (company_id, client_id) where client_id is not null;

create trigger client_touch before update on client for each row execute function dot_touch();

create trigger client_audit after insert or update or delete on client for each row execute function dot_audit();
create trigger client_contact_audit after insert or update or delete on client_contact for each row execute function dot_audit('client_id');
create trigger client_note_audit after insert or update or delete on client_note for each row execute function dot_audit('client_id');
create trigger client_merge_audit after insert or update or delete on client_merge for each row execute function dot_audit('survivor_id');
create trigger client_dismissal_audit after insert or update or delete on client_dismissal for each row execute function dot_audit();
create trigger client_export_audit after insert or update or delete on client_export for each row execute function dot_audit();

-- Role defaults. Owner and admin: everything. Staff answer clients on the
-- phone, so they see contacts and keep records; exporting the base stays with
-- owner and admin. Roles a company adds (lawyer, finance, …) get none of it
-- until someone grants it.
update role set permissions = permissions || '["clients.read", "clients.contacts", "clients.manage", "clients.export"]'::jsonb
 where is_system and key in ('owner', 'admin') and not permissions ? 'clients.read';
update role set permissions = permissions || '["clients.read", "clients.contacts", "clients.manage"]'::jsonb
 where is_system and key = 'staff' and not permissions ? 'clients.read';

alter publication dot_sync add table client, client_contact, client_note, client_merge, client_dismissal, client_export;
