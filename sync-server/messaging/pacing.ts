// Sending within a channel's limits (Telegram ~30 messages/s per bot and about
// one per second per chat with short bursts; WhatsApp 80/s per number; VK 20
// requests/s per community token): a token bucket per bot and one per chat,
// in this process. The channel's own 429 with retry_after is the backstop
// (outbound.ts retries after the delay it names): a second process sending
// for the same bot shares no buckets with this one.
const CHAT_BURST = 3;

type Bucket = {tokens: number; at: number};

export function createPacer(now: () => number = Date.now, sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))) {
  const buckets = new Map<string, Bucket>();

  /** Milliseconds until a token is free in this bucket (0 takes it now). */
  function take(key: string, perSecond: number, burst: number): number {
    const t = now();
    const b = buckets.get(key) ?? {tokens: burst, at: t};
    b.tokens = Math.min(burst, b.tokens + ((t - b.at) / 1000) * perSecond);
    b.at = t;
    buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - b.tokens) / perSecond) * 1000);
  }

  return {
    /** Waits until this bot may send to this chat, then counts the send. */
    async wait(bot: string, chat: string, limits: {perSecond: number; perChatMs: number}): Promise<void> {
      for (;;) {
        // Burst 1: evenly spaced, so no one-second window ever holds more than the limit.
        const botWait = take(`b:${bot}`, limits.perSecond, 1);
        if (botWait > 0) {
          await sleep(botWait);
          continue;
        }
        if (limits.perChatMs <= 0) return;
        const chatWait = take(`c:${bot}:${chat}`, 1000 / limits.perChatMs, CHAT_BURST);
        if (chatWait === 0) return;
        // Give the bot's token back: another chat may use it while this one waits.
        const b = buckets.get(`b:${bot}`)!;
        b.tokens = Math.min(1, b.tokens + 1);
        await sleep(chatWait);
      }
    },
    /** Drops buckets not touched for a minute (a long-running server meets many chats). */
    prune(): void {
      const old = now() - 60_000;
      for (const [k, b] of buckets) if (b.at < old) buckets.delete(k);
    },
  };
}

export type Pacer = ReturnType<typeof createPacer>;
