// A fixed-window counter per key, in memory. One dot process serves a company's
// traffic (single node), so memory is the right store; a multi-node deployment
// would move this to PostgreSQL or Redis.
export class RateLimiter {
  readonly #hits = new Map<string, {count: number; resetAt: number}>();

  /** `limit` may be read each time (a setting the console changes, platform/content/settings.ts). */
  constructor(
    readonly limit: number | (() => number),
    readonly windowMs: number,
    readonly now: () => number = Date.now,
  ) {}

  /** Counts one hit; false when the key is over its limit for this window. */
  take(key: string): boolean {
    const now = this.now();
    const entry = this.#hits.get(key);
    if (!entry || entry.resetAt <= now) {
      this.#hits.set(key, {count: 1, resetAt: now + this.windowMs});
      if (this.#hits.size > 10_000) this.#sweep(now);
      return true;
    }
    entry.count += 1;
    return entry.count <= this.#limit();
  }

  /** True while the key is over its limit for this window, without counting a hit. */
  exhausted(key: string): boolean {
    const entry = this.#hits.get(key);
    return !!entry && entry.resetAt > this.now() && entry.count >= this.#limit();
  }

  #limit(): number {
    return typeof this.limit === 'number' ? this.limit : this.limit();
  }

  #sweep(now: number): void {
    for (const [key, entry] of this.#hits) if (entry.resetAt <= now) this.#hits.delete(key);
  }
}
