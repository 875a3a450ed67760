-- 0003: what became of each device write. applied_op (0001) records the
-- idempotency keys executed; refused_op records the ones the server refused,
-- with the reason, so a device that lost the answer (reload, crash) still
-- learns it, and a record's history shows the attempt.
alter table applied_op add column member_id text;

create table refused_op (
  company_id  text not null references company (id) on delete cascade,
  op_id       text not null,
  mutator     text not null,
  member_id   text,
  subject_id  text,
  code        text not null,
  details     jsonb not null default '{}',
  created_at  timestamptz(3) not null default now(),
  primary key (company_id, op_id)
);
create index refused_op_subject_idx on refused_op (company_id, subject_id);

alter publication dot_sync add table refused_op;
