-- 0910 (issue 19): a company's own import writes the rows of its export as they
-- were. Inside that one transaction — and only for the company it names in the
-- transaction-local setting dot.import_company — the triggers that would make
-- rows up step aside: a request and a catalog row keep the number they had
-- (the counters come from the archive too), a request's stages come from the
-- archive instead of a fresh "entered now", and the audit log gets one record
-- of the import (written by the server) instead of one per row, while the
-- archive's own audit history is imported as it was.
create or replace function dot_importing(company text) returns boolean language sql stable as $$
  select company is not null and company = nullif(current_setting('dot.import_company', true), '')
$$;

create or replace function dot_number_request() returns trigger language plpgsql as $$
begin
  if new.number is not null and dot_importing(new.company_id) then
    return new;
  end if;
  insert into counter (company_id, name, value) values (new.company_id, 'request', 1)
  on conflict (company_id, name) do update set value = counter.value + 1
  returning value into new.number;
  return new;
end $$;

create or replace function dot_number_row() returns trigger language plpgsql as $$
begin
  if new.number is not null and dot_importing(new.company_id) then
    return new;
  end if;
  insert into counter (company_id, name, value) values (new.company_id, tg_argv[0], 1)
  on conflict (company_id, name) do update set value = counter.value + 1
  returning value into new.number;
  return new;
end $$;

create or replace function dot_request_stage() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' and dot_importing(new.company_id) then
    return null;
  end if;
  if tg_op = 'UPDATE' then
    if new.status is not distinct from old.status then
      return null;
    end if;
    update request_stage set left_at = greatest(new.status_since, entered_at)
     where request_id = new.id and left_at is null;
  end if;
  insert into request_stage (id, company_id, request_id, status, entered_at)
  values (gen_random_uuid()::text, new.company_id, new.id, new.status, new.status_since);
  return null;
end $$;

-- As in 0801, plus the import's one line.
create or replace function dot_audit() returns trigger language plpgsql as $$
declare
  old_j jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
  new_j jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
  row_j jsonb := coalesce(new_j, old_j);
  diff  jsonb;
begin
  if nullif(current_setting('dot.purge_company', true), '') is not null then
    return null;
  end if;
  if dot_importing(case when tg_table_name = 'company' then row_j ->> 'id' else row_j ->> 'company_id' end) then
    return null;
  end if;
  if tg_op = 'UPDATE' then
    select jsonb_object_agg(key, jsonb_build_object('old', old_j -> key, 'new', value))
      into diff
      from jsonb_each(new_j)
     where (old_j -> key) is distinct from value and key <> 'updated_at';
    if diff is null then
      return null;
    end if;
  elsif tg_op = 'INSERT' then
    diff := new_j;
  else
    diff := old_j;
  end if;
  insert into audit_log (id, company_id, actor_id, via, mutator, entity, entity_id, parent_id, action, changes)
  values (
    gen_random_uuid()::text,
    case when tg_table_name = 'company' then row_j ->> 'id' else row_j ->> 'company_id' end,
    nullif(current_setting('dot.actor_id', true), ''),
    coalesce(nullif(current_setting('dot.via', true), ''), 'system'),
    nullif(current_setting('dot.mutator', true), ''),
    tg_table_name,
    row_j ->> 'id',
    case when tg_nargs > 0 then row_j ->> tg_argv[0] end,
    lower(tg_op),
    diff
  );
  return null;
end $$;
