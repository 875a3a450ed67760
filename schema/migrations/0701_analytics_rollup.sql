-- 0701: what the server's dashboards need besides 0700 (issue 17): the
-- visitor salts and sightings, and indexes for reading a period's raw rows
-- (medians, distinct clients, bookings). The daily rollup of requests the
-- counts are read from is 0702; despite this file's name it holds none.

-- Unique visitors, cookieless (sync-server/analytics/visitors.ts): a random
-- salt per day, kept only while that day's sightings are (a scan deletes
-- older ones), so a hash cannot be linked across days or back to an address.
-- Server-only: neither table is synced, and no address is stored anywhere.
create table visitor_salt (
  day         text primary key check (day ~ '^\d{4}-\d{2}-\d{2}$'),
  salt        bytea not null,
  created_at  timestamptz(3) not null default now()
);

-- One row per visitor hash seen on a day from a source: the first sighting
-- counts the visitor in site_stat (kind 'visitor'); the next ones find it here.
create table site_visitor_seen (
  company_id  text not null references company (id) on delete cascade,
  day         text not null,
  source      text not null default '',
  hash        bytea not null,
  primary key (company_id, day, source, hash)
);
create index site_visitor_seen_day_idx on site_visitor_seen (day);

-- The dashboard reads a company's requests by creation moment with the
-- columns it groups by, so a year's figures come from the index alone where
-- it can; its stages by request.
create index request_analytics_idx on request (company_id, created_at)
  include (status, type_id, source, department, responsible_id, status_since, sla_due_at, deadline, catalog_item_id, client_id);
create index request_stage_company_request_idx on request_stage (company_id, request_id) include (status, entered_at, left_at);
create index booking_analytics_idx on booking (company_id, starts_at) where kind = 'visit';
create index booking_created_idx on booking (company_id, created_at) where kind = 'visit';
create index conversation_created_idx on conversation (company_id, created_at);
create index invoice_created_idx on invoice (company_id, created_at);
