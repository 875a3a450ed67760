// A local Telegram Bot API for tests (https://core.telegram.org/bots/api):
// POST /bot<token>/<method>, answers {ok, result} or {ok:false, error_code,
// description, parameters?}. Point telegramChannel (or grammY) at `url`.
import {countRepeats, FakeApi, TEST_PHOTO, type Failure, type FakeOptions, type Recorded} from './fake-api.ts';

export type TelegramSent = {chatId: string; text: string; messageId: number; body: Record<string, unknown>};

const DESCRIPTIONS: Record<number, string> = {
  400: 'Bad Request: chat not found',
  401: 'Unauthorized',
  403: 'Forbidden: bot was blocked by the user',
  404: 'Not Found',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
};

export class TelegramApi extends FakeApi {
  readonly sent: TelegramSent[] = [];
  webhook: Record<string, unknown> | undefined;
  private nextId = 1000;

  constructor(
    readonly token: string,
    readonly username: string,
    opts: FakeOptions,
  ) {
    super(
      {
        route: (r) => this.route(r),
        failure,
        sendChat: (r) => (r.name === 'sendMessage' ? String(r.body.chat_id) : undefined),
        rateFailure: {status: 429, retryAfter: 1},
      },
      opts,
    );
  }

  /** Sends of the same text to the same chat more than once. */
  duplicates(): number {
    return countRepeats(this.sent.map((s) => `${s.chatId}\n${s.text}`));
  }

  private route(r: Recorded) {
    // Files: https://api.telegram.org/file/bot<token>/<file_path>, the path getFile gave.
    if (r.path.startsWith(`/file/bot${this.token}/`)) return r.path.endsWith('.jpg') ? {status: 200, body: TEST_PHOTO} : {status: 404, body: 'Not Found'};
    if (!r.path.startsWith(`/bot${this.token}/`)) return {status: 401, body: {ok: false, error_code: 401, description: 'Unauthorized'}};
    const ok = (result: unknown) => ({status: 200, body: {ok: true, result}});
    switch (r.name) {
      case 'getMe':
        return ok({id: 7123456789, is_bot: true, first_name: 'Test bot', username: this.username, can_join_groups: false});
      case 'sendMessage': {
        const messageId = ++this.nextId;
        const text = String(r.body.text ?? '');
        this.sent.push({chatId: String(r.body.chat_id), text, messageId, body: r.body});
        return ok({message_id: messageId, date: 1780300800, chat: {id: Number(r.body.chat_id), type: 'private'}, text});
      }
      case 'setWebhook': {
        if (!String(r.body.url ?? '').startsWith('https://'))
          return failure({status: 400, description: 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook'});
        this.webhook = r.body;
        return ok(true);
      }
      case 'answerCallbackQuery':
        return ok(true);
      case 'getFile':
        return ok({file_id: String(r.body.file_id), file_unique_id: 'u1', file_size: TEST_PHOTO.length, file_path: `photos/${String(r.body.file_id)}.jpg`});
      default:
        return failure({status: 404, description: 'Not Found: method not found'});
    }
  }
}

function failure(f: Exclude<Failure, 'hang'>) {
  const status = 'status' in f ? f.status : f.code;
  const retryAfter = 'retryAfter' in f ? f.retryAfter : undefined;
  const description = f.description ?? (status === 429 ? `Too Many Requests: retry after ${retryAfter ?? 1}` : (DESCRIPTIONS[status] ?? 'Error'));
  return {
    status,
    body: {ok: false, error_code: status, description, ...(status === 429 && {parameters: {retry_after: retryAfter ?? 1}})},
  };
}

export function startTelegramApi(opts: FakeOptions & {token?: string; username?: string} = {}): Promise<TelegramApi> {
  return new TelegramApi(opts.token ?? '123:TEST', opts.username ?? 'dot_test_bot', opts).listen();
}
