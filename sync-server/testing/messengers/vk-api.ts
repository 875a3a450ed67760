// A local VK API for tests: POST /<method> with a form body (access_token, v, …).
// Errors come as HTTP 200 {error:{error_code, error_msg}}. messages.send dedupes by
// random_id the way VK does: a repeated random_id answers the first message's id.
import {FakeApi, type Failure, type FakeOptions, type Recorded} from './fake-api.ts';

export type VkSent = {peerId: string; text: string; randomId: string; messageId: number; body: Record<string, unknown>};

const MESSAGES: Record<number, string> = {
  5: 'User authorization failed: invalid access_token (4).',
  6: 'Too many requests per second',
  7: 'Permission to perform this action is denied',
  9: 'Flood control',
  10: 'Internal server error',
  15: 'Access denied',
  100: 'One of the parameters specified was missing or invalid',
  901: "Can't send messages for users without permission",
};

export class VkApi extends FakeApi {
  /** Messages VK keeps: one per random_id. */
  readonly sent: VkSent[] = [];
  /** Sends VK recognised as repeats of an earlier random_id (answered with the first id, not sent). */
  repeats = 0;
  private nextId = 300;

  constructor(
    readonly groupId: string,
    readonly token: string,
    readonly screenName: string,
    opts: FakeOptions,
  ) {
    super(
      {
        route: (r) => this.route(r),
        failure,
        sendChat: (r) => (r.name === 'messages.send' ? String(r.body.peer_id) : undefined),
        rateFailure: {code: 6},
      },
      opts,
    );
  }

  duplicates(): number {
    return this.repeats;
  }

  private route(r: Recorded) {
    if (r.body.access_token !== this.token) return failure({code: 5});
    switch (r.name) {
      case 'messages.send': {
        const randomId = String(r.body.random_id ?? '0');
        const seen = randomId !== '0' && this.sent.find((s) => s.randomId === randomId);
        if (seen) {
          this.repeats++;
          return {status: 200, body: {response: seen.messageId}};
        }
        const messageId = ++this.nextId;
        this.sent.push({peerId: String(r.body.peer_id), text: String(r.body.message ?? ''), randomId, messageId, body: r.body});
        return {status: 200, body: {response: messageId}};
      }
      case 'groups.getById': {
        const asked = String(r.body.group_id ?? r.body.group_ids ?? this.groupId);
        if (asked !== this.groupId) return failure({code: 100, description: 'One of the parameters specified was missing or invalid: group_ids is undefined'});
        return {
          status: 200,
          body: {response: {groups: [{id: Number(this.groupId), name: 'Салон', screen_name: this.screenName, type: 'group'}], profiles: []}},
        };
      }
      case 'messages.sendMessageEventAnswer':
        return {status: 200, body: {response: 1}};
      default:
        return failure({code: 3, description: 'Unknown method passed'});
    }
  }
}

function failure(f: Exclude<Failure, 'hang'>) {
  if ('status' in f) {
    if (f.status === 429) return failure({code: 6});
    return {status: f.status, body: f.description ?? 'Internal Server Error'};
  }
  return {status: 200, body: {error: {error_code: f.code, error_msg: f.description ?? MESSAGES[f.code] ?? 'Error', request_params: []}}};
}

export function startVkApi(opts: FakeOptions & {groupId?: string; token?: string; screenName?: string} = {}): Promise<VkApi> {
  return new VkApi(opts.groupId ?? '229876543', opts.token ?? 'vk-token', opts.screenName ?? 'dot_salon', opts).listen();
}
