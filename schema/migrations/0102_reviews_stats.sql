-- 0102: reviews (C7) and anonymous page statistics (views and clicks per page
-- and source, for conversion analytics).

-- A visitor's review waits until the company publishes it.
create table review (
  id               text primary key,
  company_id       text not null references company (id) on delete cascade,
  author_name      text not null default '',
  rating           integer not null check (rating between 1 and 5),
  text             text not null default '',
  status           text not null default 'pending' check (status in ('pending', 'published', 'hidden')),
  source           text not null default 'site',
  catalog_item_id  text references catalog_item (id) on delete set null,
  reply            text not null default '',
  created_at       timestamptz(3) not null default now(),
  updated_at       timestamptz(3) not null default now()
);
create index review_company_idx on review (company_id, created_at desc);
create trigger review_touch before update on review
  for each row execute function dot_touch();
create trigger review_audit after insert or update or delete on review
  for each row execute function dot_audit();

-- Counters, one row per company, day (in the company's zone), kind, page, the
-- item or category, the source tag (qr-table, …) and the messenger. No cookie,
-- address or any other personal data is kept. Not audited on purpose: a page
-- view is not a change anyone made, and auditing it would grow the audit log
-- with every visit.
create table site_stat (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  day         text not null,
  kind        text not null check (kind in ('view', 'click', 'request', 'review')),
  page        text not null,
  ref_id      text not null default '',
  source      text not null default '',
  channel     text not null default '',
  count       integer not null default 0,
  updated_at  timestamptz(3) not null default now()
);
create index site_stat_company_day_idx on site_stat (company_id, day);

alter publication dot_sync add table review, site_stat;

-- New permissions for the system roles of companies that already exist (new
-- companies get them at sign-up from SYSTEM_ROLE_PERMISSIONS).
update role set permissions = permissions || '["catalog.manage", "site.manage"]'::jsonb
 where is_system and key in ('owner', 'admin') and not permissions ? 'site.manage';
