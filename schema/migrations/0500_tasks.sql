-- 0500: tasks and meetings (issue 15; T1–T6, M1–M3, I3, P3, A2). Requests are
-- carried to done by tasks: made by hand, or generated from the request type's
-- step template when a request enters a status. Meetings end with commitments,
-- each of which becomes a task with its deadline.
--
-- Synced: task and its parts (people, dependencies, checklist, comments),
-- meeting and its participants and commitments. Server-only: each person's
-- calendar feed secret and their Google Calendar connection.

-- A request type's step template (shared/tasks/steps.ts): [{key, title, onStatus, role?, memberId?,
-- durationHours?, resultRequired, required, dependsOn[], fields[]}].
alter table request_type add column steps jsonb not null default '[]';

create table meeting (
  id            text primary key,
  company_id    text not null references company (id) on delete cascade,
  topic         text not null,
  starts_at     timestamptz(3) not null,
  ends_at       timestamptz(3) not null,
  place         text not null default '',
  link          text not null default '',
  purpose       text not null default '',
  agenda        text not null default '',
  notes         text not null default '',
  organizer_id  text references member (id) on delete set null,
  -- A recurring meeting's occurrences share a series; the next one is made when this one is held.
  series_id     text not null default '',
  repeat        text not null default 'none' check (repeat in ('none', 'weekly', 'biweekly', 'monthly')),
  state         text not null default 'planned' check (state in ('planned', 'held', 'cancelled')),
  -- RFC 5546: each change of an invitation raises its SEQUENCE.
  sequence      integer not null default 0,
  created_at    timestamptz(3) not null,
  updated_at    timestamptz(3) not null,
  check (ends_at > starts_at)
);
create index meeting_company_idx on meeting (company_id, starts_at);

create table meeting_participant (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  meeting_id  text not null references meeting (id) on delete cascade,
  -- A member, or an outside guest known by email.
  member_id   text references member (id) on delete cascade,
  email       text not null default '',
  name        text not null default '',
  created_at  timestamptz(3) not null,
  check (member_id is not null or email <> '')
);
create index meeting_participant_meeting_idx on meeting_participant (meeting_id);
create index meeting_participant_member_idx on meeting_participant (company_id, member_id);

create table task (
  id               text primary key,
  company_id       text not null references company (id) on delete cascade,
  request_id       text references request (id) on delete cascade,
  meeting_id       text references meeting (id) on delete set null,
  parent_id        text references task (id) on delete cascade,
  -- The step of the request type's template it was made from ('' by hand).
  step_key         text not null default '',
  title            text not null,
  description      text not null default '',
  assignee_id      text references member (id) on delete set null,
  status           text not null default 'todo',
  status_since     timestamptz(3) not null,
  priority         text not null default 'medium' check (priority in ('low', 'medium', 'high', 'urgent')),
  deadline         timestamptz(3),
  -- Hours allowed once the task can start; null: the deadline is fixed.
  duration_hours   double precision,
  -- When it could start (made with no open blocker, or its last blocker finished); null while blocked.
  startable_at     timestamptz(3),
  -- T4: closing needs "what was done" plus a file or a link.
  result_required  boolean not null default false,
  -- The request waits on it: the request cannot be Done while it is open.
  required         boolean not null default true,
  -- The request's fields the executor needs, copied when the task is made:
  -- an external contractor reads these, never the request itself.
  context          jsonb not null default '[]',
  result_text      text not null default '',
  result_link      text not null default '',
  handed_at        timestamptz(3),
  return_reason    text not null default '',
  returned_at      timestamptz(3),
  started_at       timestamptz(3),
  closed_at        timestamptz(3),
  reminded_at      timestamptz(3),
  overdue_at       timestamptz(3),
  escalated_at     timestamptz(3),
  position         double precision not null default 0,
  created_by       text references member (id) on delete set null,
  created_at       timestamptz(3) not null,
  updated_at       timestamptz(3) not null
);
create index task_company_idx on task (company_id, status, deadline);
create index task_assignee_idx on task (company_id, assignee_id, status);
create index task_request_idx on task (request_id) where request_id is not null;
create index task_meeting_idx on task (meeting_id) where meeting_id is not null;
create index task_parent_idx on task (parent_id) where parent_id is not null;

-- Co-assignees and watchers.
create table task_person (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  task_id     text not null references task (id) on delete cascade,
  member_id   text not null references member (id) on delete cascade,
  kind        text not null check (kind in ('co', 'watcher')),
  created_at  timestamptz(3) not null,
  unique (task_id, member_id)
);
create index task_person_member_idx on task_person (company_id, member_id);

-- T2: task_id starts after blocker_id is done.
create table task_link (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  task_id     text not null references task (id) on delete cascade,
  blocker_id  text not null references task (id) on delete cascade,
  created_at  timestamptz(3) not null,
  unique (task_id, blocker_id),
  check (task_id <> blocker_id)
);
create index task_link_blocker_idx on task_link (blocker_id);

create table task_check (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  task_id     text not null references task (id) on delete cascade,
  text        text not null,
  done        boolean not null default false,
  done_by     text references member (id) on delete set null,
  position    double precision not null default 0,
  created_at  timestamptz(3) not null
);
create index task_check_task_idx on task_check (task_id);

create table task_comment (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  task_id     text not null references task (id) on delete cascade,
  author_id   text references member (id) on delete set null,
  body        text not null,
  mentions    jsonb not null default '[]',
  created_at  timestamptz(3) not null
);
create index task_comment_task_idx on task_comment (task_id, created_at);

-- M2–M3: what was promised at the meeting, by whom, to whom, by when; its task.
create table commitment (
  id            text primary key,
  company_id    text not null references company (id) on delete cascade,
  meeting_id    text not null references meeting (id) on delete cascade,
  text          text not null,
  owner_id      text references member (id) on delete set null,
  to_whom       text not null default 'team' check (to_whom in ('head', 'team')),
  due_at        timestamptz(3) not null,
  task_id       text references task (id) on delete set null,
  -- An unfinished commitment of a recurring meeting carried into the next one's agenda.
  carried_from  text references commitment (id) on delete set null,
  position      double precision not null default 0,
  created_at    timestamptz(3) not null
);
create index commitment_meeting_idx on commitment (meeting_id);
create index commitment_company_idx on commitment (company_id, due_at);

-- Each person's private calendar feed (meetings, task deadlines, bookings): only the SHA-256 of its secret.
create table calendar_feed (
  member_id   text primary key references member (id) on delete cascade,
  company_id  text not null references company (id) on delete cascade,
  token_hash  text not null unique,
  created_at  timestamptz(3) not null default now()
);

-- A person's two-way Google Calendar sync (M1, I3): their tokens (sealed), the calendar and its sync token.
create table google_calendar (
  member_id    text primary key references member (id) on delete cascade,
  company_id   text not null references company (id) on delete cascade,
  sealed       text not null,
  calendar_id  text not null default 'primary',
  sync_token   text,
  state        text not null default 'active' check (state in ('active', 'error')),
  last_error   text not null default '',
  synced_at    timestamptz(3),
  created_at   timestamptz(3) not null default now()
);

-- Which Google event mirrors which meeting or task deadline for which person.
create table google_event (
  id           text primary key,
  company_id   text not null references company (id) on delete cascade,
  member_id    text not null references member (id) on delete cascade,
  entity       text not null check (entity in ('meeting', 'task')),
  entity_id    text not null,
  event_id     text not null,
  etag         text not null default '',
  updated_at   timestamptz(3) not null default now(),
  unique (member_id, entity, entity_id),
  unique (member_id, event_id)
);

create trigger meeting_audit after insert or update or delete on meeting for each row execute function dot_audit();
create trigger meeting_participant_audit after insert or update or delete on meeting_participant for each row execute function dot_audit('meeting_id');
create trigger task_audit after insert or update or delete on task for each row execute function dot_audit();
create trigger task_person_audit after insert or update or delete on task_person for each row execute function dot_audit('task_id');
create trigger task_link_audit after insert or update or delete on task_link for each row execute function dot_audit('task_id');
create trigger task_check_audit after insert or update or delete on task_check for each row execute function dot_audit('task_id');
create trigger task_comment_audit after insert or update or delete on task_comment for each row execute function dot_audit('task_id');
create trigger commitment_audit after insert or update or delete on commitment for each row execute function dot_audit('meeting_id');

alter publication dot_sync add table meeting, meeting_participant, task, task_person, task_link, task_check, task_comment, commitment;

-- Roles made before tasks existed get their share (shared/auth/permissions.ts, shared/auth/templates.ts).
update role set permissions = permissions || '["tasks.read", "tasks.own", "tasks.manage", "meetings.read", "meetings.own", "meetings.manage"]'::jsonb
 where ((is_system and key in ('owner', 'admin')) or (not is_system and key in ('head', 'manager'))) and not permissions ? 'tasks.read';
update role set permissions = permissions || '["tasks.own", "meetings.own"]'::jsonb
 where ((is_system and key = 'staff') or (not is_system and key in ('executor', 'finance', 'lawyer', 'marketing', 'it'))) and not permissions ? 'tasks.own';
update role set permissions = permissions || '["tasks.own"]'::jsonb
 where not is_system and key = 'contractor' and not permissions ? 'tasks.own';
