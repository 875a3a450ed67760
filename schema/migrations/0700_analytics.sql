-- 0700: analytics (issue 17). What the dashboards need that no table kept:
-- the time a request spent in each status, and unique visitors per day.

-- Every status a request has been in, from when to when: "average time in each
-- stage" and "returned" (a status entered again) are read from here, on the
-- server by SQL and on the device from its replica. Written only by the
-- trigger below from the request's own (audited) status change, so it is not
-- audited itself; the device never writes it.
create table request_stage (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  request_id  text not null references request (id) on delete cascade,
  status      text not null,
  entered_at  timestamptz(3) not null,
  left_at     timestamptz(3)
);
create index request_stage_request_idx on request_stage (request_id, entered_at);
create index request_stage_company_idx on request_stage (company_id, entered_at);

-- After request_status_since (0004) has set status_since: the new stage starts
-- then, and the open one ends then (never before it began: clocks are the server's).
create function dot_request_stage() returns trigger language plpgsql as $$
begin
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
create trigger request_stage_track after insert or update of status on request
  for each row execute function dot_request_stage();

-- Requests made before this migration: their history from the audit log
-- (its insert, then each status change), else their current status since status_since.
insert into request_stage (id, company_id, request_id, status, entered_at, left_at)
select gen_random_uuid()::text, company_id, request_id, status, entered_at,
       lead(entered_at) over (partition by request_id order by entered_at, first desc)
  from (select a.company_id, a.entity_id as request_id, a.action = 'insert' as first,
               case when a.action = 'insert' then a.changes ->> 'status' else a.changes -> 'status' ->> 'new' end as status,
               a.created_at as entered_at
          from audit_log a
          join request r on r.id = a.entity_id and r.company_id = a.company_id
         where a.entity = 'request' and (a.action = 'insert' or (a.action = 'update' and a.changes ? 'status'))) s
 where status is not null;
insert into request_stage (id, company_id, request_id, status, entered_at)
select gen_random_uuid()::text, r.company_id, r.id, r.status, r.status_since
  from request r
 where not exists (select 1 from request_stage s where s.request_id = r.id);

alter publication dot_sync add table request_stage;

-- Unique visitors per day are a counter like views (sync-server/analytics/visitors.ts).
alter table site_stat drop constraint site_stat_kind_check;
alter table site_stat add constraint site_stat_kind_check check (kind in ('view', 'click', 'request', 'review', 'visitor'));

-- Roles made before analytics existed (shared/auth/permissions.ts, shared/auth/templates.ts).
update role set permissions = permissions || '["analytics.read"]'::jsonb
 where ((is_system and key in ('owner', 'admin')) or (not is_system and key in ('head', 'cfo'))) and not permissions ? 'analytics.read';
