import {describe, expect, it} from 'vitest';
import {createPacer} from './pacing.ts';

describe('the pacer', () => {
  it('never lets a bot exceed its per-second limit, nor a chat its own', async () => {
    let t = 0;
    const sent: {at: number; chat: string}[] = [];
    const pacer = createPacer(
      () => t,
      async (ms) => {
        t += ms;
      },
    );
    for (let i = 0; i < 300; i++) {
      const chat = `c${i % 40}`;
      await pacer.wait('bot', chat, {perSecond: 30, perChatMs: 1000});
      sent.push({at: t, chat});
    }
    // Any one-second window holds at most 30 sends (the first burst included).
    for (const s of sent) expect(sent.filter((x) => x.at >= s.at && x.at < s.at + 1000).length).toBeLessThanOrEqual(30);
    // One chat: at most 3 at once, then one a second.
    const one = sent.filter((s) => s.chat === 'c0').map((s) => s.at);
    for (let i = 3; i < one.length; i++) expect(one[i]! - one[i - 3]!).toBeGreaterThanOrEqual(2000);
    // And it is not slower than it must be: 300 sends at 30/s take about 9 s
    expect(t).toBeLessThanOrEqual(10_500);
  });
});
