-- 0600: money under control (issue 16; F1–F6, D1–D4, R9, P9, A2). Invoices
-- go through approval chains (rules as data, steps by role or person, with
-- amount and budget-limit thresholds), budgets hold a plan and a limit per
-- line, and one archive keeps documents with every version of their file.
--
-- Money is integer minor units (tiyn for KZT) with its currency; an invoice in
-- another currency records the rate (KZT per unit) and its amount in tiyn.
-- Budget figures (actual, committed, forecast, remainder) are computed from
-- the invoices (shared/finance/budget.ts), never stored twice.
--
-- Synced: counterparty, expense_item, budget_line, currency_rate, invoice,
-- approval, finance_settings, document, document_version, document_link,
-- document_comment. Server-only: document_text (text extracted from PDF/DOCX
-- for search; too big to carry to every phone).

-- Suppliers and partners (F1): BIN/IIN checked (shared/finance/kz.ts), bank details.
create table counterparty (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  name        text not null,
  -- 12 digits with a valid check digit, or '' when unknown (a foreign supplier).
  bin         text not null default '',
  -- IIK/IBAN: KZ + 2 check digits + 16 characters; '' when unknown.
  iban        text not null default '',
  bik         text not null default '',
  bank        text not null default '',
  contact     text not null default '',
  archived    boolean not null default false,
  created_at  timestamptz(3) not null,
  updated_at  timestamptz(3) not null
);
create index counterparty_company_idx on counterparty (company_id, name);

-- Expense items (статьи расходов): the rows a budget is planned by.
create table expense_item (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  name        text not null,
  archived    boolean not null default false,
  position    double precision not null default 0,
  created_at  timestamptz(3) not null
);
create index expense_item_company_idx on expense_item (company_id);

-- F4: one line of a budget: a period (month 2026-12, quarter 2026-Q4 or year 2026),
-- an expense item, optionally a project and a branch, its owner, the plan and the limit.
create table budget_line (
  id           text primary key,
  company_id   text not null references company (id) on delete cascade,
  period       text not null check (period ~ '^[0-9]{4}(-[0-9]{2}|-Q[1-4])?$'),
  item_id      text not null references expense_item (id) on delete restrict,
  project      text not null default '',
  branch       text not null default '',
  owner_id     text references member (id) on delete set null,
  -- Planned spending, in tiyn (KZT).
  plan         bigint not null check (plan >= 0),
  -- F5: past this (tiyn), an invoice needs the extra approval; null: the plan is the limit.
  limit_amount bigint check (limit_amount is null or limit_amount >= 0),
  -- F6: why the line went over or stayed under, written by its owner.
  note         text not null default '',
  created_at   timestamptz(3) not null,
  updated_at   timestamptz(3) not null,
  unique (company_id, period, item_id, project, branch)
);
create index budget_line_company_idx on budget_line (company_id, period);

-- The company's own rate table (no outside service): KZT for one unit of a currency on a day.
create table currency_rate (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  currency    text not null check (currency ~ '^[A-Z]{3}$'),
  on_date     text not null check (on_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  rate        double precision not null check (rate > 0),
  created_at  timestamptz(3) not null,
  unique (company_id, currency, on_date)
);

-- The approval chains (shared/finance/chain.ts) and thresholds of a company, as data.
create table finance_settings (
  -- The company's id: one row per company.
  id           text primary key,
  company_id   text not null unique references company (id) on delete cascade,
  -- [{key, name, role?, memberId?, group, minAmount?, overLimit?}] for invoices.
  invoice_chain jsonb not null default '[]',
  -- The same for documents sent for approval.
  document_chain jsonb not null default '[]',
  -- Days before "valid until" a document's owner is reminded.
  remind_days  integer not null default 14 check (remind_days between 0 and 365),
  updated_at   timestamptz(3) not null
);

-- F1–F2: an invoice to pay.
create table invoice (
  id              text primary key,
  company_id      text not null references company (id) on delete cascade,
  number          text not null default '',
  counterparty_id text references counterparty (id) on delete set null,
  -- In minor units of `currency`.
  amount          bigint not null check (amount > 0),
  currency        text not null default 'KZT' check (currency ~ '^[A-Z]{3}$'),
  -- KZT per unit of currency (1 for KZT); the rate of the payment date once paid.
  rate            double precision not null default 1 check (rate > 0),
  -- The amount in tiyn: what the budget counts.
  amount_kzt      bigint not null check (amount_kzt > 0),
  purpose         text not null default '',
  project         text not null default '',
  branch          text not null default '',
  budget_line_id  text references budget_line (id) on delete set null,
  invoice_date    text not null default '',
  pay_by          text not null default '',
  status          text not null default 'received',
  status_since    timestamptz(3) not null,
  -- The contract or other basis (a document from the archive).
  basis_id        text,
  -- The payment request it was made from; its fields carried over.
  request_id      text references request (id) on delete set null,
  -- Each return for rework starts a new round of approvals.
  round           integer not null default 0,
  -- The reason of the last rejection or return.
  reason          text not null default '',
  approved_at     timestamptz(3),
  paid_on         text not null default '',
  paid_by         text references member (id) on delete set null,
  reminded_at     timestamptz(3),
  escalated_at    timestamptz(3),
  created_by      text references member (id) on delete set null,
  created_at      timestamptz(3) not null,
  updated_at      timestamptz(3) not null
);
create index invoice_company_idx on invoice (company_id, status, pay_by);
create index invoice_line_idx on invoice (budget_line_id) where budget_line_id is not null;
create index invoice_request_idx on invoice (request_id) where request_id is not null;

-- One step of an approval for one round: who must decide (a role's holders or a person),
-- the group it runs in (same group: in parallel; groups in order), and the decision.
create table approval (
  id          text primary key,
  company_id  text not null references company (id) on delete cascade,
  entity      text not null check (entity in ('invoice', 'document')),
  entity_id   text not null,
  round       integer not null default 0,
  step_key    text not null,
  name        text not null default '',
  role        text not null default '',
  member_id   text references member (id) on delete set null,
  grp         integer not null default 0,
  -- Why the step is there: 'chain', 'amount' (over a threshold) or 'limit' (over the budget line's limit).
  why         text not null default 'chain' check (why in ('chain', 'amount', 'limit')),
  decision    text not null default 'pending' check (decision in ('pending', 'approved', 'rejected', 'returned', 'void')),
  decided_by  text references member (id) on delete set null,
  decided_at  timestamptz(3),
  reason      text not null default '',
  -- A document's approval pins the version it approved.
  version_id  text,
  due_at      timestamptz(3),
  reminded_at timestamptz(3),
  escalated_at timestamptz(3),
  created_at  timestamptz(3) not null,
  unique (entity, entity_id, round, step_key)
);
create index approval_entity_idx on approval (entity_id);
create index approval_pending_idx on approval (company_id, decision, due_at);

-- D1: the archive.
create table document (
  id              text primary key,
  company_id      text not null references company (id) on delete cascade,
  title           text not null,
  kind            text not null default 'contract'
                    check (kind in ('contract', 'supplement', 'invoice', 'act', 'specification', 'reference', 'other')),
  number          text not null default '',
  counterparty_id text references counterparty (id) on delete set null,
  project         text not null default '',
  signed_on       text not null default '',
  valid_until     text not null default '',
  status          text not null default 'draft',
  status_since    timestamptz(3) not null,
  round           integer not null default 0,
  reason          text not null default '',
  owner_id        text references member (id) on delete set null,
  reminded_at     timestamptz(3),
  created_at      timestamptz(3) not null,
  updated_at      timestamptz(3) not null
);
create index document_company_idx on document (company_id, status, valid_until);
alter table invoice add constraint invoice_basis_fk foreign key (basis_id) references document (id) on delete set null;

-- D2: a new file never overwrites the old one.
create table document_version (
  id           text primary key,
  company_id   text not null references company (id) on delete cascade,
  document_id  text not null references document (id) on delete cascade,
  number       integer not null,
  file_id      text not null references file (id) on delete restrict,
  note         text not null default '',
  created_by   text references member (id) on delete set null,
  created_at   timestamptz(3) not null,
  unique (document_id, number)
);
create index document_version_document_idx on document_version (document_id);

-- Links to requests, invoices and tasks.
create table document_link (
  id           text primary key,
  company_id   text not null references company (id) on delete cascade,
  document_id  text not null references document (id) on delete cascade,
  entity       text not null check (entity in ('request', 'invoice', 'task')),
  entity_id    text not null,
  created_at   timestamptz(3) not null,
  unique (document_id, entity, entity_id)
);
create index document_link_entity_idx on document_link (entity_id);

-- Comments on a document, each on the version it was written about.
create table document_comment (
  id           text primary key,
  company_id   text not null references company (id) on delete cascade,
  document_id  text not null references document (id) on delete cascade,
  version_id   text references document_version (id) on delete set null,
  author_id    text references member (id) on delete set null,
  body         text not null,
  created_at   timestamptz(3) not null
);
create index document_comment_document_idx on document_comment (document_id, created_at);

-- Server-only: the text of a version's file, for search (D4).
create table document_text (
  version_id   text primary key references document_version (id) on delete cascade,
  company_id   text not null references company (id) on delete cascade,
  document_id  text not null references document (id) on delete cascade,
  body         text not null,
  search       tsvector generated always as (to_tsvector('simple', body)) stored
);
create index document_text_search_idx on document_text using gin (search);
create index document_text_company_idx on document_text (company_id);

create trigger counterparty_audit after insert or update or delete on counterparty for each row execute function dot_audit();
create trigger expense_item_audit after insert or update or delete on expense_item for each row execute function dot_audit();
create trigger budget_line_audit after insert or update or delete on budget_line for each row execute function dot_audit();
create trigger currency_rate_audit after insert or update or delete on currency_rate for each row execute function dot_audit();
create trigger finance_settings_audit after insert or update or delete on finance_settings for each row execute function dot_audit();
create trigger invoice_audit after insert or update or delete on invoice for each row execute function dot_audit();
create trigger approval_audit after insert or update or delete on approval for each row execute function dot_audit('entity_id');
create trigger document_audit after insert or update or delete on document for each row execute function dot_audit();
create trigger document_version_audit after insert or update or delete on document_version for each row execute function dot_audit('document_id');
create trigger document_link_audit after insert or update or delete on document_link for each row execute function dot_audit('document_id');
create trigger document_comment_audit after insert or update or delete on document_comment for each row execute function dot_audit('document_id');

alter publication dot_sync add table counterparty, expense_item, budget_line, currency_rate, finance_settings, invoice, approval,
  document, document_version, document_link, document_comment;

-- Roles made before finance existed get their share (shared/auth/permissions.ts, shared/auth/templates.ts).
update role set permissions = permissions || '["finance.read", "finance.own", "finance.manage", "finance.pay", "documents.read", "documents.manage"]'::jsonb
 where is_system and key in ('owner', 'admin') and not permissions ? 'finance.read';
update role set permissions = permissions || '["finance.read", "finance.own", "finance.manage", "finance.pay", "documents.read"]'::jsonb
 where not is_system and key = 'finance' and not permissions ? 'finance.read';
update role set permissions = permissions || '["finance.read", "finance.own", "documents.read"]'::jsonb
 where not is_system and key = 'head' and not permissions ? 'finance.read';
update role set permissions = permissions || '["finance.own", "documents.read", "documents.manage"]'::jsonb
 where not is_system and key = 'lawyer' and not permissions ? 'documents.manage';
update role set permissions = permissions || '["finance.own"]'::jsonb
 where not is_system and key in ('manager', 'executor', 'marketing', 'it') and not permissions ? 'finance.own';
