-- 0101: the catalog (C4): categories nested one level, items with a price in
-- tiyn ("from" or "on request" too), a unit, availability and a drag order.
-- Items and categories are archived, never deleted, so a printed link to one
-- always answers (with a redirect when it was replaced by another).

-- Numbers per company (/c/<slug>/i/12) from the counter table, whatever the
-- write path; what a device sends is ignored. TG_ARGV[0] names the counter.
create function dot_number_row() returns trigger language plpgsql as $$
begin
  insert into counter (company_id, name, value) values (new.company_id, tg_argv[0], 1)
  on conflict (company_id, name) do update set value = counter.value + 1
  returning value into new.number;
  return new;
end $$;

create table catalog_category (
  id           text primary key,
  company_id   text not null references company (id) on delete cascade,
  number       integer,
  parent_id    text references catalog_category (id) on delete set null,
  title        text not null,
  tr           jsonb not null default '{}',
  position     double precision not null default 0,
  archived_at  timestamptz(3),
  created_at   timestamptz(3) not null default now(),
  updated_at   timestamptz(3) not null default now(),
  unique (company_id, number)
);
create index catalog_category_company_idx on catalog_category (company_id, position);

create table catalog_item (
  id            text primary key,
  company_id    text not null references company (id) on delete cascade,
  number        integer,
  category_id   text references catalog_category (id) on delete set null,
  title         text not null,
  description   text not null default '',
  tr            jsonb not null default '{}',
  price_kind    text not null default 'fixed' check (price_kind in ('fixed', 'from', 'on_request')),
  -- Integer tiyn (1 ₸ = 100); null with "on request".
  price         bigint check (price is null or price >= 0),
  unit          text not null default '',
  availability  text not null default 'in_stock' check (availability in ('in_stock', 'to_order', 'unavailable')),
  is_public     boolean not null default true,
  position      double precision not null default 0,
  archived_at   timestamptz(3),
  replaced_by   text references catalog_item (id) on delete set null,
  created_by    text references member (id),
  created_at    timestamptz(3) not null default now(),
  updated_at    timestamptz(3) not null default now(),
  unique (company_id, number)
);
create index catalog_item_company_idx on catalog_item (company_id, position);

create trigger catalog_category_number before insert on catalog_category
  for each row execute function dot_number_row('catalog_category');
create trigger catalog_item_number before insert on catalog_item
  for each row execute function dot_number_row('catalog_item');
create trigger catalog_category_touch before update on catalog_category
  for each row execute function dot_touch();
create trigger catalog_item_touch before update on catalog_item
  for each row execute function dot_touch();
create trigger catalog_category_audit after insert or update or delete on catalog_category
  for each row execute function dot_audit();
create trigger catalog_item_audit after insert or update or delete on catalog_item
  for each row execute function dot_audit();

-- A request can name the item it is about (the "order this" link of an item).
alter table request add column catalog_item_id text references catalog_item (id) on delete set null;

alter publication dot_sync add table catalog_category, catalog_item;
