// The platform's shared bots as the test stacks configure them: the secrets,
// and the local API servers' ports (global-setup.ts picks free ones; the
// messaging tests start the servers on them).
export const SHARED = {
  telegram: {token: '7000001:TEST-shared-bot-token-0123456789', secret: 'shared-telegram-secret', username: 'dot_test_bot'},
  whatsapp: {phoneId: '100200300', token: 'wa-shared-token', appSecret: 'wa-shared-app-secret', verifyToken: 'wa-verify', number: '+7 700 000 00 01'},
  vk: {groupId: '4242', token: 'vk-shared-token', secret: 'vk-shared-secret', confirmation: 'c0nf1rm', screenName: 'dot_test'},
} as const;

export type MessengerPorts = {telegram: number; whatsapp: number; vk: number};

export function sharedBotEnv(ports: MessengerPorts): NodeJS.ProcessEnv {
  return {
    DOT_TELEGRAM_API_ROOT: `http://127.0.0.1:${ports.telegram}`,
    DOT_WHATSAPP_API_ROOT: `http://127.0.0.1:${ports.whatsapp}`,
    DOT_VK_API_ROOT: `http://127.0.0.1:${ports.vk}`,
    DOT_SHARED_TELEGRAM_TOKEN: SHARED.telegram.token,
    DOT_SHARED_TELEGRAM_SECRET: SHARED.telegram.secret,
    DOT_SHARED_TELEGRAM_USERNAME: SHARED.telegram.username,
    DOT_SHARED_WHATSAPP_PHONE_ID: SHARED.whatsapp.phoneId,
    DOT_SHARED_WHATSAPP_TOKEN: SHARED.whatsapp.token,
    DOT_SHARED_WHATSAPP_APP_SECRET: SHARED.whatsapp.appSecret,
    DOT_SHARED_WHATSAPP_VERIFY_TOKEN: SHARED.whatsapp.verifyToken,
    DOT_SHARED_WHATSAPP_NUMBER: SHARED.whatsapp.number,
    DOT_SHARED_VK_GROUP_ID: SHARED.vk.groupId,
    DOT_SHARED_VK_TOKEN: SHARED.vk.token,
    DOT_SHARED_VK_SECRET: SHARED.vk.secret,
    DOT_SHARED_VK_CONFIRMATION: SHARED.vk.confirmation,
    DOT_SHARED_VK_SCREEN_NAME: SHARED.vk.screenName,
  };
}
