// One ChannelApi per bot, by kind, from its decrypted secrets and the API roots
// (production: api.telegram.org, graph.facebook.com/<version>, api.vk.com/method).
import type {MessengerKind} from '#schema/tables/messaging.ts';
import type {ChannelOptions} from './common.ts';
import {telegramChannel} from './telegram.ts';
import type {ApiRoots, ChannelApi, TelegramSecrets, VkSecrets, WhatsAppSecrets} from './types.ts';
import {vkChannel} from './vk.ts';
import {whatsAppChannel} from './whatsapp.ts';

export const DEFAULT_API_ROOTS: ApiRoots = {
  telegram: 'https://api.telegram.org',
  whatsapp: 'https://graph.facebook.com/v25.0',
  vk: 'https://api.vk.com/method',
};

export type ChannelSecrets = TelegramSecrets | WhatsAppSecrets | VkSecrets;

export function channelApi(kind: MessengerKind, secrets: ChannelSecrets, roots: ApiRoots, opts: ChannelOptions = {}): ChannelApi {
  switch (kind) {
    case 'telegram':
      return telegramChannel(secrets as TelegramSecrets, roots.telegram, opts);
    case 'whatsapp':
      return whatsAppChannel(secrets as WhatsAppSecrets, roots.whatsapp, opts);
    case 'vk':
      return vkChannel(secrets as VkSecrets, roots.vk, opts);
  }
}
