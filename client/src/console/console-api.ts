// The console is online only: REST under /api/v1/platform with the console's
// cookie (same origin). No network → one sentence saying so, not a failure.
import {useCallback, useEffect, useState} from 'react';
import type {Locale} from '#shared/i18n/locales.ts';
import {api, type ApiError, type ApiResult} from '../session/api.ts';
import {useConsole, type Tr} from './console-i18n.tsx';

/** Fires when the server no longer knows this console session (expired, revoked): the root shows the sign-in. */
export const consoleSession = new EventTarget();

export async function capi<T>(path: string, locale: Locale, tr: Tr, opts: {method?: string; body?: unknown} = {}): Promise<ApiResult<T>> {
  const r = await api<T>(`/platform${path}`, {...opts, locale});
  if (!r.ok && r.status === 0) return {ok: false, status: 0, error: {code: 'network', message: tr('console.offline')}};
  if (!r.ok && r.status === 401 && path !== '/auth/login') consoleSession.dispatchEvent(new Event('signed-out'));
  return r;
}

/** A call the screen makes on a button: busy while it runs, the error (if any) kept for the form. */
export function useCall() {
  const {locale, tr} = useConsole();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const call = useCallback(
    async <T>(path: string, opts: {method?: string; body?: unknown} = {}): Promise<T | undefined> => {
      setBusy(true);
      setError(undefined);
      const r = await capi<T>(path, locale, tr, opts);
      setBusy(false);
      // A 204 has no body: success is still something the caller can test.
      if (r.ok) return r.data ?? ({} as T);
      setError(r.error);
      return undefined;
    },
    [locale, tr],
  );
  return {busy, error, setError, call};
}

/** Data a screen reads when it opens (and again on reload()); null until it has arrived. */
export function useLoad<T>(path: string | null) {
  const {locale, tr} = useConsole();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError>();
  const [n, setN] = useState(0);
  useEffect(() => {
    if (path === null) return;
    let live = true;
    void capi<T>(path, locale, tr).then((r) => {
      if (!live) return;
      if (r.ok) {
        setData(r.data);
        setError(undefined);
      } else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [path, locale, tr, n]);
  const reload = useCallback(() => setN((x) => x + 1), []);
  return {data, error, reload, setData};
}
