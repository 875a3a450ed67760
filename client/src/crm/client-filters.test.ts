import {describe, expect, it} from 'vitest';
import {matchesFilter} from '#shared/crm/filters.ts';
import {EMPTY_STATS} from '#shared/crm/stats.ts';
import {waitingFor} from '#shared/crm/waiting.ts';
import {EMPTY_FILTERS, noAnswerDays, toClientFilter} from './client-filters.tsx';

// Issue 11: the client list said "Ждут ответа 0" while its rows said "ждёт ответа 1 мин".
describe('the "Ждут ответа" quick view as the list opens', () => {
  const now = Date.UTC(2026, 2, 10, 9, 0);
  const client = {id: 'c', name: 'Айгерим', tags: [], source: 'form', created_at: now - 120_000};
  const justWrote = {...EMPTY_STATS, requests: 1, awaitingSince: now - 60_000};

  it('counts the client whose row says "ждёт ответа 1 мин"', () => {
    const filter = toClientFilter({...EMPTY_FILTERS, view: 'waiting'});
    const rowSaysWaiting = waitingFor(justWrote, now, noAnswerDays(EMPTY_FILTERS)) !== null;
    expect(rowSaysWaiting).toBe(true);
    expect(matchesFilter(client, justWrote, filter, now)).toBe(true);
  });

  it('with a longer threshold chosen, neither counts nor labels that client', () => {
    const state = {...EMPTY_FILTERS, view: 'waiting', noAnswer: '1'};
    expect(matchesFilter(client, justWrote, toClientFilter(state), now)).toBe(false);
    expect(waitingFor(justWrote, now, noAnswerDays(state))).toBeNull();
  });
});
