// Which bot a webhook or a send is for: "shared" (the platform's bot of that
// messenger, configured by the environment — most masters never open
// BotFather or Meta's console) or a company's own channel (its secrets sealed
// in messenger_secret). A channel object is cached per process and dropped
// when the company changes its credentials.
import type pg from 'pg';
import type {MessengerKind} from '#schema/tables/messaging.ts';
import type {Config} from '../config.ts';
import {open, seal, sealingKey} from '../db/sealed.ts';
import {channelApi} from './channels/index.ts';
import type {ChannelApi, TelegramSecrets, VkSecrets, WhatsAppSecrets} from './channels/types.ts';

export type AnySecrets = TelegramSecrets | WhatsAppSecrets | VkSecrets;

/** A bot: its channel, and the company it belongs to (none for a shared one). */
export type Bot = {kind: MessengerKind; key: string; companyId: string | null; api: ChannelApi; handle: string; template: string};

const keyOf = sealingKey('messenger-secrets');

export async function sealSecrets(pool: pg.Pool, secrets: AnySecrets): Promise<string> {
  return seal(await keyOf(pool), JSON.stringify(secrets));
}

export function createBots(pool: pg.Pool, config: Pick<Config, 'messengers'>) {
  const cache = new Map<string, Promise<Bot | undefined>>();
  const {roots, shared} = config.messengers;

  function sharedBot(kind: MessengerKind): Bot | undefined {
    if (kind === 'telegram' && shared.telegram) {
      const s = shared.telegram;
      return {kind, key: 'shared', companyId: null, api: channelApi('telegram', s, roots), handle: s.username, template: ''};
    }
    if (kind === 'whatsapp' && shared.whatsapp) {
      const s = shared.whatsapp;
      return {kind, key: 'shared', companyId: null, api: channelApi('whatsapp', s, roots), handle: s.displayNumber, template: s.template};
    }
    if (kind === 'vk' && shared.vk) {
      const s = shared.vk;
      return {kind, key: 'shared', companyId: null, api: channelApi('vk', s, roots), handle: s.screenName || `club${s.groupId}`, template: ''};
    }
    return undefined;
  }

  async function ownBot(kind: MessengerKind, id: string): Promise<Bot | undefined> {
    const {rows} = await pool.query<{company_id: string; handle: string; wa_template: string; sealed: string}>(
      `select c.company_id, c.handle, c.wa_template, s.sealed from messenger_channel c join messenger_secret s on s.channel_id = c.id
        where c.id = $1 and c.kind = $2`,
      [id, kind],
    );
    const row = rows[0];
    if (!row) return undefined;
    const secrets = JSON.parse(open(await keyOf(pool), row.sealed)) as AnySecrets;
    return {kind, key: id, companyId: row.company_id, api: channelApi(kind, secrets as never, roots), handle: row.handle, template: row.wa_template};
  }

  return {
    /** The bot for (messenger, "shared" | channel id), or undefined when there is none. */
    get(kind: MessengerKind, key: string): Promise<Bot | undefined> {
      if (key === 'shared') return Promise.resolve(sharedBot(kind));
      if (!/^[\w-]{1,64}$/.test(key)) return Promise.resolve(undefined);
      const k = `${kind}:${key}`;
      let found = cache.get(k);
      if (!found) {
        found = ownBot(kind, key).catch(() => undefined);
        cache.set(k, found);
        // A channel not (or no longer) there is looked up again next time.
        void found.then((b) => b ?? cache.delete(k));
      }
      return found;
    },
    /** The bot a company's clients and colleagues are sent to: its own channel while it works, else the platform's shared one. */
    async forCompany(kind: MessengerKind, companyId: string): Promise<Bot | undefined> {
      const {rows} = await pool.query<{id: string}>(`select id from messenger_channel where company_id = $1 and kind = $2 and state = 'active'`, [
        companyId,
        kind,
      ]);
      return (rows[0] && (await this.get(kind, rows[0].id))) || sharedBot(kind);
    },
    /** A company changed or removed its credentials. */
    forget(kind: MessengerKind, key: string): void {
      cache.delete(`${kind}:${key}`);
    },
    /** An API made from credentials not saved yet ("test connection"). */
    probe(kind: MessengerKind, secrets: AnySecrets): ChannelApi {
      return channelApi(kind, secrets as never, roots);
    },
    shared: sharedBot,
  };
}

export type Bots = ReturnType<typeof createBots>;
