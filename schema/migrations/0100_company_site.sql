-- 0100: the company cabinet and its public mini-site (C1, C2, P4): the profile,
-- which blocks are public, which modules are on, the languages offered, and the
-- slugs a company used before (printed links must keep working forever).

-- One row per company, created with the company (trigger below), so no write
-- path has to remember it. id = company_id: the audit trigger needs an id.
create table company_profile (
  id              text primary key,
  company_id      text not null unique references company (id) on delete cascade,
  description     text not null default '',
  activities      jsonb not null default '[]',
  services        jsonb not null default '[]',
  phones          jsonb not null default '[]',
  email           text not null default '',
  address         text not null default '',
  map_url         text not null default '',
  social          jsonb not null default '{}',
  whatsapp        text not null default '',
  telegram        text not null default '',
  vk              text not null default '',
  hours           jsonb not null default '{}',
  -- Missing keys mean "the default" (shared/company/), so adding a block or a
  -- module later needs no data migration.
  public_blocks   jsonb not null default '{}',
  modules         jsonb not null default '{}',
  -- The main language first; English too until the company turns it off.
  public_locales  jsonb not null default '["ru", "kk", "en"]',
  catalog_mode    text not null default 'products'
                  check (catalog_mode in ('products', 'services', 'price_list', 'portfolio', 'menu')),
  -- Texts in the company's other languages: {"kk": {"description": "…"}}.
  tr              jsonb not null default '{}',
  updated_at      timestamptz(3) not null default now()
);

insert into company_profile (id, company_id, public_locales)
select id, id, case when locale = 'kk' then '["kk", "ru", "en"]'::jsonb else '["ru", "kk", "en"]'::jsonb end from company;

create function dot_company_profile_for_new_company() returns trigger language plpgsql as $$
begin
  insert into company_profile (id, company_id, public_locales)
  values (new.id, new.id, case when new.locale = 'kk' then '["kk", "ru", "en"]'::jsonb else '["ru", "kk", "en"]'::jsonb end)
  on conflict (id) do nothing;
  return null;
end $$;
create trigger company_profile_create after insert on company
  for each row execute function dot_company_profile_for_new_company();

create trigger company_profile_touch before update on company_profile
  for each row execute function dot_touch();
create trigger company_profile_audit after insert or update or delete on company_profile
  for each row execute function dot_audit();

-- Every slug a company has had. /c/<old>/… answers 301 to the current slug, and
-- an old slug is never given to another company.
-- id is the slug itself (the audit trigger names rows by id).
create table company_slug (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  created_at  timestamptz(3) not null default now()
);
insert into company_slug (id, company_id) select slug, id from company;

create function dot_company_slug_history() returns trigger language plpgsql as $$
declare
  owner text;
begin
  if tg_op = 'UPDATE' and new.slug is not distinct from old.slug then
    return new;
  end if;
  select company_id into owner from company_slug where id = new.slug;
  if owner is not null and owner <> new.id then
    raise exception 'slug % belongs to another company', new.slug using errcode = 'unique_violation';
  end if;
  insert into company_slug (id, company_id) values (new.slug, new.id) on conflict (id) do nothing;
  return new;
end $$;
-- AFTER for inserts (the company row must exist for the foreign key), BEFORE
-- for updates (refuse a taken slug before the row changes).
create trigger company_slug_insert after insert on company
  for each row execute function dot_company_slug_history();
create trigger company_slug_update before update of slug on company
  for each row execute function dot_company_slug_history();
create trigger company_slug_audit after insert or update or delete on company_slug
  for each row execute function dot_audit();

alter publication dot_sync add table company_profile, company_slug;
