-- 0801: support access the company's owner grants (issue 18), and the purge of
-- a deleted company once its grace period has passed.

-- A platform administrator reads a company's data only while one of these is
-- active (not revoked, not expired): given by a member with company.manage for
-- 1–72 hours, visible to the company (synced), each read recorded in
-- platform_audit as support.read.
create table support_grant (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  granted_by  text references member (id) on delete set null,
  created_at  timestamptz(3) not null default now(),
  expires_at  timestamptz(3) not null check (expires_at > created_at),
  revoked_at  timestamptz(3),
  note        text not null default '' check (length(note) <= 500)
);
create index support_grant_company_idx on support_grant (company_id, expires_at desc);
create trigger support_grant_audit after insert or update or delete on support_grant
  for each row execute function dot_audit();
alter publication dot_sync add table support_grant;

-- Removing a deleted company (the platform.purge scan) deletes its row and lets
-- every foreign key cascade. Its own history goes with it: the audit log is
-- append-only for everyone else, and a purge writes no new audit rows. Only a
-- transaction that names the company in dot.purge_company may do this; the
-- platform audit (no foreign key) keeps its record of the company.
create or replace function dot_audit_immutable() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' and old.company_id = nullif(current_setting('dot.purge_company', true), '') then
    return old;
  end if;
  raise exception 'audit_log is append-only';
end $$;

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
