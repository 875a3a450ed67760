-- 0900: backups and restore drills (issue 19). One row per run, so the console
-- and /healthz can say when the last backup ran and when a restore of one was
-- last proven. Platform-level: not synced, no company_id, never exported to a
-- company. A restored database carries the rows as they were at its backup
-- time; the restore itself adds its own row after loading.
create table backup_run (
  id           text primary key,
  -- backup: a full backup taken; verify: a backup restored into a scratch
  -- database and compared with its manifest; restore: a restore into this database.
  kind         text not null check (kind in ('backup', 'verify', 'restore')),
  -- schedule | manual | cli | console
  trigger      text not null default 'manual',
  started_at   timestamptz(3) not null default now(),
  finished_at  timestamptz(3),
  ok           boolean,
  -- Where the backup lives (folder path or s3://bucket/key) and its name.
  location     text,
  name         text,
  bytes        bigint,
  rows         bigint,
  files        integer,
  duration_ms  integer,
  error        text
);
create index backup_run_kind_started_idx on backup_run (kind, started_at desc);
