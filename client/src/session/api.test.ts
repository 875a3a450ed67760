import {afterEach, describe, expect, it, vi} from 'vitest';
import {api} from './api.ts';

afterEach(() => vi.unstubAllGlobals());

const answer = (status: number, body: unknown) => vi.stubGlobal('fetch', async () => new Response(JSON.stringify(body), {status}));

describe('api', () => {
  it('hands the app why and until when the platform stopped the company (issue 18)', async () => {
    answer(403, {
      error: {code: 'company_suspended', message: 'Компания удалена. Причина: просьба'},
      status: 'deleted',
      reason: 'просьба',
      deleteAfter: 1_800_000_000_000,
    });
    const r = await api('/auth/me', {locale: 'ru'});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.stop).toEqual({status: 'deleted', reason: 'просьба', deleteAfter: 1_800_000_000_000});
    expect(r.error.message).toBe('Компания удалена. Причина: просьба');
  });
  it('leaves other refusals as they were', async () => {
    answer(401, {error: {code: 'unauthorized', message: 'Сессия истекла'}});
    const r = await api('/auth/me', {locale: 'ru'});
    expect(!r.ok && r.error.stop).toBeUndefined();
  });
});
