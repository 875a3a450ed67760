-- 0400: messengers (issue 14; B2, B4–B8, I1, K3, C6, R1): the channels a
-- company connects (Telegram, WhatsApp Cloud API, VK), the conversations with
-- clients that arrive through them or through the platform's shared bots, the
-- messages both ways with what came of each send, and the bots' own memory of
-- who a messenger user is and which master they are talking to.
--
-- Synced (the inbox on every device): messenger_channel (no secrets), conversation,
-- chat_message. Server-only: the channels' secrets, the bots' users and the
-- masters they followed, and which booking was made in which conversation.

-- A company's own bot or number on one messenger. Its secrets are apart
-- (messenger_secret), so no device ever receives a token.
create table messenger_channel (
  id           text primary key,
  company_id   text not null references company (id) on delete cascade,
  kind         text not null check (kind in ('telegram', 'whatsapp', 'vk')),
  -- What clients see: @bot_username, the WhatsApp display number, the VK community's screen name.
  handle       text not null default '',
  -- pending: saved, not checked yet; active: the last check passed; error: it failed (last_error says why).
  state        text not null default 'pending' check (state in ('pending', 'active', 'error')),
  last_error   text not null default '',
  checked_at   timestamptz(3),
  -- WhatsApp: the approved template sent outside the 24-hour window (reminders); '' when none.
  wa_template  text not null default '',
  created_by   text references member (id) on delete set null,
  created_at   timestamptz(3) not null default now(),
  updated_at   timestamptz(3) not null default now(),
  unique (company_id, kind)
);

create table messenger_secret (
  channel_id  text primary key references messenger_channel (id) on delete cascade,
  company_id  text not null references company (id) on delete cascade,
  -- AES-GCM sealed JSON ({token} / {phoneNumberId, token, appSecret, verifyToken} / {groupId, token, secret, confirmation}).
  sealed      text not null,
  updated_at  timestamptz(3) not null default now()
);

-- One client's chat with the company on one bot. bot: 'shared' (the platform's
-- bot of that messenger) or the messenger_channel id. chat_id: the Telegram
-- chat, the WhatsApp wa_id, the VK peer_id.
create table conversation (
  id                  text primary key,
  company_id          text not null references company (id) on delete cascade,
  client_id           text references client (id) on delete set null,
  channel             text not null check (channel in ('telegram', 'whatsapp', 'vk')),
  bot                 text not null,
  chat_id             text not null,
  -- The name the messenger gives the person.
  title               text not null default '',
  -- The master the client chose (B6), and that master's member (their own inbox).
  master_id           text references booking_master (id) on delete set null,
  master_member_id    text references member (id) on delete set null,
  assigned_member_id  text references member (id) on delete set null,
  -- How the client first came: the deep link's source (a QR placement, the site, a catalog item).
  source              text not null default '',
  locale              text not null default 'ru',
  last_message_at     timestamptz(3),
  -- The client's last message: WhatsApp allows free text for 24 hours after it.
  last_inbound_at     timestamptz(3),
  last_preview        text not null default '',
  unread              integer not null default 0 check (unread >= 0),
  -- "stop": never sent notices again.
  opted_out_at        timestamptz(3),
  created_at          timestamptz(3) not null default now(),
  updated_at          timestamptz(3) not null default now(),
  unique (company_id, channel, bot, chat_id)
);
create index conversation_company_idx on conversation (company_id, last_message_at desc);
create index conversation_client_idx on conversation (company_id, client_id) where client_id is not null;

-- A message either way. Inbound: 'received'. Outbound: pending → sending →
-- sent → delivered → read, or failed (error says why in plain words), or
-- unknown (the sender stopped mid-send: never sent again, so never twice).
create table chat_message (
  id               text primary key,
  company_id       text not null references company (id) on delete cascade,
  conversation_id  text not null references conversation (id) on delete cascade,
  direction        text not null check (direction in ('in', 'out')),
  -- client: the client wrote; member: a colleague replied; bot: the bot answered; notice: a reminder or a mass notice.
  author           text not null check (author in ('client', 'member', 'bot', 'notice')),
  member_id        text references member (id) on delete set null,
  body             text not null default '',
  -- [{kind: 'photo', ref: <the channel's file id>}]
  attachments      jsonb not null default '[]',
  -- A WhatsApp template (outside the 24-hour window): its name; '' for free text.
  template         text not null default '',
  status           text not null check (status in ('received', 'pending', 'sending', 'sent', 'delivered', 'read', 'failed', 'unknown')),
  error            text not null default '',
  -- The channel's id of this message (Telegram message_id, wamid, VK message id).
  external_id      text not null default '',
  created_at       timestamptz(3) not null,
  sent_at          timestamptz(3),
  updated_at       timestamptz(3) not null default now()
);
create index chat_message_conversation_idx on chat_message (conversation_id, created_at);
create index chat_message_company_idx on chat_message (company_id, created_at);
create index chat_message_external_idx on chat_message (company_id, external_id) where external_id <> '';

-- A messenger user as one bot knows them, across companies (the shared bot
-- serves many): their language, phone (when shared), the company and master
-- they are talking to now, and where they are in the booking flow.
create table bot_user (
  id                 text primary key,
  channel            text not null check (channel in ('telegram', 'whatsapp', 'vk')),
  bot                text not null,
  user_id            text not null,
  chat_id            text not null,
  name               text not null default '',
  phone              text not null default '',
  locale             text not null default 'ru',
  active_company_id  text references company (id) on delete set null,
  active_master_id   text references booking_master (id) on delete set null,
  flow               jsonb not null default '{}',
  -- K3: a short code this user got to type in another messenger (linking both to one client); valid until link_until.
  link_code          text,
  link_until         timestamptz(3),
  updated_at         timestamptz(3) not null default now(),
  unique (channel, bot, user_id)
);
create unique index bot_user_link_code_idx on bot_user (link_code) where link_code is not null;

-- The companies and masters a bot user reached by a link (B6: they choose among these, nothing else).
create table bot_follow (
  id           text primary key,
  bot_user_id  text not null references bot_user (id) on delete cascade,
  company_id   text not null references company (id) on delete cascade,
  master_id    text references booking_master (id) on delete cascade,
  source       text not null default '',
  created_at   timestamptz(3) not null default now()
);
create index bot_follow_user_idx on bot_follow (bot_user_id, created_at);

-- Which booking was made in which conversation: reminders go back there (B5, B7).
create table bot_booking (
  booking_id       text primary key references booking (id) on delete cascade,
  company_id       text not null references company (id) on delete cascade,
  conversation_id  text not null references conversation (id) on delete cascade
);

-- A colleague's own Telegram (B4, I2): their notices arrive there, clients'
-- messages are forwarded there, and a reply to a forwarded message goes back to
-- the client. Linked by a one-time code the app hands out (member_link_code).
create table member_messenger (
  member_id   text primary key references member (id) on delete cascade,
  company_id  text not null references company (id) on delete cascade,
  channel     text not null check (channel in ('telegram')),
  bot         text not null,
  user_id     text not null,
  chat_id     text not null,
  linked_at   timestamptz(3) not null default now(),
  unique (channel, bot, user_id, company_id)
);

create table member_link_code (
  code        text primary key,
  member_id   text not null references member (id) on delete cascade,
  company_id  text not null references company (id) on delete cascade,
  valid_until timestamptz(3) not null
);

-- Which client conversation a message forwarded to a colleague's Telegram is
-- from: their reply to it goes there.
create table staff_forward (
  channel          text not null,
  bot              text not null,
  chat_id          text not null,
  message_id       text not null,
  company_id       text not null references company (id) on delete cascade,
  member_id        text not null references member (id) on delete cascade,
  conversation_id  text not null references conversation (id) on delete cascade,
  created_at       timestamptz(3) not null default now(),
  primary key (channel, bot, chat_id, message_id)
);

create trigger messenger_channel_touch before update on messenger_channel for each row execute function dot_touch();
create trigger conversation_touch before update on conversation for each row execute function dot_touch();
create trigger chat_message_touch before update on chat_message for each row execute function dot_touch();

-- The secrets and the bots' memory are not audited: the audit log reaches devices, and a
-- channel's connection is audited on messenger_channel.
create trigger messenger_channel_audit after insert or update or delete on messenger_channel for each row execute function dot_audit();
create trigger conversation_audit after insert or update or delete on conversation for each row execute function dot_audit();
create trigger chat_message_audit after insert or update or delete on chat_message for each row execute function dot_audit('conversation_id');

-- Role defaults: owner and admin answer every conversation and connect
-- channels; staff answer theirs (their master's, or assigned to them).
update role set permissions = permissions || '["inbox.read", "inbox.reply", "channels.manage"]'::jsonb
 where is_system and key in ('owner', 'admin') and not permissions ? 'inbox.read';
update role set permissions = permissions || '["inbox.own", "inbox.reply"]'::jsonb
 where is_system and key = 'staff' and not permissions ? 'inbox.own';

alter publication dot_sync add table messenger_channel, conversation, chat_message;
