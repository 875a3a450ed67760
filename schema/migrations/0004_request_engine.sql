-- 0004: the requests engine — request types with custom fields and a
-- workflow each (data, checked by shared/workflow), priorities, deadlines,
-- responsible and watchers, checklists, SLA and escalation, urgent-request
-- acceptance, message templates, saved views; and people of the company who
-- do not sign in (executors imported from a spreadsheet).

create table request_type (
  id           text primary key,
  company_id   text not null references company (id) on delete cascade,
  key          text not null,
  name         jsonb not null,
  workflow     jsonb not null,
  assignment   jsonb not null default '{"mode":"manual","positions":[]}',
  template     text not null default 'custom',
  is_default   boolean not null default false,
  position     double precision not null default 0,
  archived_at  timestamptz(3),
  created_at   timestamptz(3) not null default now(),
  updated_at   timestamptz(3) not null default now(),
  unique (company_id, key)
);

-- Custom fields are rows, values live in request.fields: a new field is a row,
-- never a column, and an archived field keeps its values readable.
create table field_def (
  id             text primary key,
  company_id     text not null references company (id) on delete cascade,
  type_id        text not null references request_type (id) on delete cascade,
  key            text not null,
  label          jsonb not null,
  kind           text not null check (kind in ('text', 'long_text', 'number', 'money', 'date', 'datetime', 'select',
                                               'multi_select', 'checkbox', 'person', 'client', 'files', 'link')),
  options        jsonb not null default '[]',
  required       boolean not null default false,
  required_from  text,
  default_value  jsonb,
  help           jsonb not null default '{}',
  position       double precision not null default 0,
  archived_at    timestamptz(3),
  created_at     timestamptz(3) not null default now(),
  updated_at     timestamptz(3) not null default now(),
  unique (type_id, key)
);

alter table request
  add column type_id         text references request_type (id),
  add column title           text not null default '',
  add column priority        text not null default 'medium' check (priority in ('low', 'medium', 'high', 'urgent')),
  add column deadline        timestamptz(3),
  add column responsible_id  text references member (id),
  add column department      text not null default '',
  add column fields          jsonb not null default '{}',
  add column accepted_at     timestamptz(3),
  add column accepted_by     text references member (id),
  add column status_since    timestamptz(3) not null default now(),
  add column sla_due_at      timestamptz(3),
  add column escalated_at    timestamptz(3);
create index request_open_sla_idx on request (sla_due_at) where sla_due_at is not null and escalated_at is null;
create index request_responsible_idx on request (company_id, responsible_id);

create table request_watcher (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  request_id  text not null references request (id) on delete cascade,
  member_id   text not null references member (id) on delete cascade,
  created_at  timestamptz(3) not null default now(),
  unique (request_id, member_id)
);

create table checklist_item (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  request_id  text not null references request (id) on delete cascade,
  text        text not null,
  done        boolean not null default false,
  done_by     text references member (id),
  position    double precision not null default 0,
  created_at  timestamptz(3) not null default now()
);
create index checklist_item_request_idx on checklist_item (request_id);

create table message_template (
  id           text primary key,
  company_id   text not null references company (id) on delete cascade,
  key          text not null,
  name         jsonb not null,
  body         jsonb not null,
  position     double precision not null default 0,
  archived_at  timestamptz(3),
  created_at   timestamptz(3) not null default now(),
  unique (company_id, key)
);

-- A person's saved filters of the request list (one per name).
create table saved_view (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  member_id   text not null references member (id) on delete cascade,
  name        text not null,
  filters     jsonb not null,
  created_at  timestamptz(3) not null default now()
);

-- A comment may mention colleagues (@name): they are notified.
alter table request_comment add column mentions jsonb not null default '[]';

-- People of the company who do not sign in (yet): executors imported from a
-- spreadsheet. An invitation can later give one of them a login.
alter table member alter column user_id drop not null;
alter table member alter column email set default '';
alter table member
  add column last_name    text not null default '',
  add column first_name   text not null default '',
  add column middle_name  text not null default '',
  add column position     text not null default '',
  add column phone        text not null default '',
  add column skills       jsonb not null default '[]';

-- When a request enters a status; the SLA clock of that status starts here.
create function dot_request_status_since() returns trigger language plpgsql as $$
begin
  if new.status is distinct from old.status then
    new.status_since := now();
  end if;
  return new;
end $$;
create trigger request_status_since before update on request
  for each row execute function dot_request_status_since();

create trigger request_type_touch before update on request_type for each row execute function dot_touch();
create trigger field_def_touch before update on field_def for each row execute function dot_touch();

create trigger request_type_audit after insert or update or delete on request_type for each row execute function dot_audit();
create trigger field_def_audit after insert or update or delete on field_def for each row execute function dot_audit('type_id');
create trigger request_watcher_audit after insert or update or delete on request_watcher for each row execute function dot_audit('request_id');
create trigger checklist_item_audit after insert or update or delete on checklist_item for each row execute function dot_audit('request_id');
create trigger message_template_audit after insert or update or delete on message_template for each row execute function dot_audit();
create trigger saved_view_audit after insert or update or delete on saved_view for each row execute function dot_audit();

-- New permissions for the owner and admin roles of every existing company.
update role set permissions = permissions || '["requests.configure"]'::jsonb
 where is_system and key in ('owner', 'admin') and not permissions ? 'requests.configure';
update role set permissions = permissions || '["requests.read_own"]'::jsonb
 where is_system and key = 'owner' and not permissions ? 'requests.read_own';

alter publication dot_sync add table request_type, field_def, request_watcher, checklist_item, message_template, saved_view;
