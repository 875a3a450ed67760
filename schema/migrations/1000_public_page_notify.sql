-- 1000: the public pages' cache (sync-server/public/cache/) never serves what
-- changed. Every table a public page reads says which company changed, on the
-- channel dot_public_page, whoever wrote it (the app's sync, REST, the console,
-- an import, plain SQL); every API process listens and drops that company's
-- pages. A notification is sent at commit, so a rolled-back write drops nothing,
-- and PostgreSQL folds the same company's notifications within one transaction
-- into one (a 500-row import is one message). '*' drops everything.
create function dot_public_page_changed() returns trigger language plpgsql as $$
begin
  if tg_level = 'STATEMENT' then
    perform pg_notify('dot_public_page', '*');
  elsif tg_table_name = 'company' then
    if tg_op <> 'INSERT' then perform pg_notify('dot_public_page', old.id); end if;
    if tg_op <> 'DELETE' then perform pg_notify('dot_public_page', new.id); end if;
  else
    if tg_op <> 'INSERT' then perform pg_notify('dot_public_page', old.company_id); end if;
    if tg_op <> 'DELETE' then perform pg_notify('dot_public_page', new.company_id); end if;
  end if;
  return null;
end $$;

do $$
declare
  t text;
begin
  foreach t in array array['company', 'company_profile', 'company_slug', 'catalog_item', 'catalog_category', 'attachment', 'review',
                           'booking_master', 'booking_place', 'booking_service', 'booking_exception', 'booking'] loop
    execute format('create trigger public_page_changed after insert or update or delete on %I for each row execute function dot_public_page_changed()', t);
    execute format('create trigger public_page_truncated after truncate on %I for each statement execute function dot_public_page_changed()', t);
  end loop;
end $$;
