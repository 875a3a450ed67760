-- 0702: the daily rollup of requests the server's dashboards read (issue 17:
-- a year of a million requests "well under a second"). Exact at read time:
-- a change to a request marks its hour dirty (trigger below), and a reader
-- (sync-server/analytics/rollup.ts) first re-counts the days those hours
-- touch from the raw rows, then sums the rollup; a scan does the same every
-- minute so a reader rarely has work. Server-only: neither table is synced.

-- One row per day (in the zone of analytics_rollup_zone) and per combination
-- of what a figure groups or filters by. The status's kind is not stored: it
-- comes from the type's workflow as the app reads it, joined at read time.
-- due_day: the UTC day (epoch days) of the earliest of sla_due_at and
-- deadline, so "overdue at now" is exact from the rollup for every day but
-- now's own, which the reader counts from the raw rows (request_due_idx).
create table analytics_request_day (
  company_id       text not null references company (id) on delete cascade,
  day              text not null,
  source           text not null,
  type_id          text not null,
  department       text not null,
  responsible_id   text,
  catalog_item_id  text,
  status           text not null,
  due_day          integer,
  n                integer not null,
  -- Of n: done no later than every due moment (none: on time), had it a done kind.
  on_time          integer not null,
  -- Of n: with a status among their stages twice or more.
  returned         integer not null,
  -- Sum over n of the ms from created_at to status_since (processing, had it a done kind).
  processing_ms    bigint not null
);
create index analytics_request_day_idx on analytics_request_day (company_id, day);

-- The zone a company's rollup days are in; a reader in another zone rebuilds it.
create table analytics_rollup_zone (
  company_id  text primary key references company (id) on delete cascade,
  zone        text not null
);

-- Hours (UTC, by created_at) whose requests changed since their days were counted.
create table analytics_request_dirty (
  company_id  text not null references company (id) on delete cascade,
  hour        timestamptz not null,
  primary key (company_id, hour)
);

-- A mark already there is locked, not skipped ("do update … where false"
-- writes nothing): a refresh deleting it then waits for this transaction, so
-- its re-count sees the change instead of losing it.
create function dot_analytics_request_dirty() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then
    insert into analytics_request_dirty values (old.company_id, date_trunc('hour', old.created_at))
      on conflict (company_id, hour) do update set hour = excluded.hour where false;
  end if;
  if tg_op <> 'DELETE' then
    insert into analytics_request_dirty values (new.company_id, date_trunc('hour', new.created_at))
      on conflict (company_id, hour) do update set hour = excluded.hour where false;
  end if;
  return null;
end $$;
-- Only the columns a rollup row holds; a stage changes only with the status.
create trigger request_analytics_dirty after insert or delete or update of
  company_id, created_at, source, type_id, department, responsible_id, catalog_item_id, status, status_since, sla_due_at, deadline
  on request for each row execute function dot_analytics_request_dirty();

-- Overdue on now's own UTC day is read from the raw rows by this index.
create index request_due_idx on request (company_id, (least(sla_due_at, deadline)));

-- Re-counts a company's dirty days in the zone given, under a lock per
-- company (a reader and the scan never count the same days twice at once);
-- a zone other than the rollup's rebuilds every day. Each statement sees what
-- committed before it, so a change committed after the marks were taken
-- left its own mark for the next refresh.
create function dot_analytics_refresh(p_company text, p_zone text) returns integer language plpgsql as $$
declare
  v_days text[];
begin
  perform pg_advisory_xact_lock(hashtext('analytics_request_day'), hashtext(p_company));
  if not exists (select 1 from analytics_rollup_zone where company_id = p_company and zone = p_zone) then
    delete from analytics_request_dirty where company_id = p_company;
    delete from analytics_request_day where company_id = p_company;
    insert into analytics_rollup_zone values (p_company, p_zone) on conflict (company_id) do update set zone = excluded.zone;
    select array_agg(distinct to_char(created_at at time zone p_zone, 'YYYY-MM-DD')) into v_days from request where company_id = p_company;
  else
    with gone as (delete from analytics_request_dirty where company_id = p_company returning hour)
    select array_agg(distinct d) into v_days
      from gone, lateral (values (to_char(hour at time zone p_zone, 'YYYY-MM-DD')),
                                 (to_char((hour + interval '1 hour' - interval '1 millisecond') at time zone p_zone, 'YYYY-MM-DD'))) v(d);
    if v_days is null then
      return 0;
    end if;
    delete from analytics_request_day where company_id = p_company and day = any (v_days);
  end if;
  if v_days is null then
    return 0;
  end if;
  -- The figures' definitions: sync-server/analytics/sql/requests.ts and people.ts.
  insert into analytics_request_day
  select r.company_id, d.day, r.source, coalesce(r.type_id, ''), r.department, r.responsible_id, r.catalog_item_id, r.status,
         floor(extract(epoch from least(r.sla_due_at, r.deadline)) / 86400)::integer,
         count(*),
         count(*) filter (where least(r.sla_due_at, r.deadline) is null or r.status_since <= least(r.sla_due_at, r.deadline)),
         count(*) filter (where exists (select 1 from request_stage st where st.request_id = r.id
                                         group by st.status having count(*) > 1)),
         sum(greatest(0, round(extract(epoch from (r.status_since - r.created_at)) * 1000))::bigint)
    from unnest(v_days) d(day)
    join request r on r.company_id = p_company
                  and r.created_at >= (d.day::date)::timestamp at time zone p_zone
                  and r.created_at < (d.day::date + 1)::timestamp at time zone p_zone
   group by 1, 2, 3, 4, 5, 6, 7, 8, 9;
  return cardinality(v_days);
end $$;

-- Requests made before this migration: every company's rollup, in its zone.
select dot_analytics_refresh(c.id, c.timezone) from company c where exists (select 1 from request r where r.company_id = c.id);
