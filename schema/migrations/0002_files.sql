-- 0002: files and attachments. The bytes live in storage (local disk or
-- S3-compatible); these rows describe them and tie them to records.

create table file (
  id           text primary key,
  company_id   text not null references company (id) on delete cascade,
  name         text not null,
  mime         text not null,
  size         bigint not null,
  sha256       text not null,
  storage_key  text not null,
  width        integer,
  height       integer,
  created_by   text references member (id),
  created_at   timestamptz(3) not null default now()
);
create index file_company_idx on file (company_id, created_at desc);

-- Any record can have files: a photo of finished work on a request, an invoice
-- and its basis (guards check the kind), an image of a catalog item.
create table attachment (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  entity      text not null,
  entity_id   text not null,
  file_id     text not null references file (id) on delete cascade,
  kind        text not null default 'other',
  created_by  text references member (id),
  created_at  timestamptz(3) not null default now()
);
create index attachment_entity_idx on attachment (company_id, entity, entity_id);

create trigger file_audit after insert or update or delete on file
  for each row execute function dot_audit();
create trigger attachment_audit after insert or update or delete on attachment
  for each row execute function dot_audit('entity_id');

alter publication dot_sync add table file, attachment;
