import {describe, expect, it} from 'vitest';
import {matchesFilter} from './filters.ts';
import {EMPTY_STATS} from './stats.ts';
import {waitingFor} from './waiting.ts';

const MIN = 60_000;
const DAY = 86_400_000;
const now = Date.UTC(2026, 2, 10, 9, 0);
const client = {id: 'c', name: 'Айгерим', tags: [], source: 'form', created_at: now - DAY};
const waiting = (ms: number) => ({...EMPTY_STATS, requests: 1, awaitingSince: now - ms});

// Issue 11: "Ждут ответа 0" above rows saying "ждёт ответа 1 мин".
describe('waiting for an answer: one rule for the count and the rows', () => {
  it('a client whose request came a minute ago is waiting, and counted', () => {
    expect(waitingFor(waiting(MIN), now)).toBe(MIN);
    expect(matchesFilter(client, waiting(MIN), {noAnswerDays: 0}, now)).toBe(true);
  });

  it('the filter counts exactly the clients the rule says are waiting, at every threshold', () => {
    for (const days of [0, 1, 3, 7])
      for (const ms of [-5 * MIN, 0, MIN, DAY - 1, DAY, 3 * DAY, 10 * DAY]) {
        const s = waiting(ms);
        expect(matchesFilter(client, s, {noAnswerDays: days}, now)).toBe(waitingFor(s, now, days) !== null);
      }
    expect(matchesFilter(client, EMPTY_STATS, {noAnswerDays: 0}, now)).toBe(false);
    expect(waitingFor(EMPTY_STATS, now)).toBeNull();
  });

  it('a request stamped a moment ahead of this clock is waiting now', () => {
    expect(waitingFor(waiting(-5_000), now)).toBe(0);
  });
});
