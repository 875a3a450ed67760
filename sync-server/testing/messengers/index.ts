// Local servers that speak the messengers' APIs, and webhook requests as the
// messengers send them: see each file.
export {FakeApi, TEST_PHOTO, type Failure, type FakeOptions, type RateLimit, type Recorded} from './fake-api.ts';
export {startTelegramApi, TelegramApi, type TelegramSent} from './telegram-api.ts';
export {startWhatsAppApi, WhatsAppApi, type WhatsAppSent} from './whatsapp-api.ts';
export {startVkApi, VkApi, type VkSent} from './vk-api.ts';
export * from './inbound.ts';
