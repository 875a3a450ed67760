// fetch for /api/v1 with the UI language, JSON in and out, and errors as data.
import type {Locale} from '#shared/i18n/locales.ts';

/** Beside `company_suspended` (issue 18): why and until when the platform stopped the company. */
export type CompanyStop = {status: 'suspended' | 'blocked' | 'deleted'; reason: string | null; deleteAfter: number | null};
export type ApiError = {code: string; message: string; fields?: {field: string; message: string; text: string}[]; stop?: CompanyStop};
export type ApiResult<T> = {ok: true; status: number; data: T} | {ok: false; status: number; error: ApiError};

export async function api<T>(path: string, opts: {method?: string; body?: unknown; locale: Locale}): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method: opts.method ?? 'GET',
      credentials: 'same-origin',
      headers: {'Accept-Language': opts.locale, ...(opts.body !== undefined && {'Content-Type': 'application/json'})},
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
  } catch {
    return {ok: false, status: 0, error: {code: 'network', message: ''}};
  }
  const text = await res.text();
  const json = text ? (JSON.parse(text) as unknown) : undefined;
  if (res.ok) return {ok: true, status: res.status, data: json as T};
  const body = json as ({error?: ApiError} & Partial<CompanyStop>) | undefined;
  const error = body?.error ?? {code: 'http', message: res.statusText};
  if (error.code === 'company_suspended' && body?.status)
    error.stop = {status: body.status, reason: body.reason ?? null, deleteAfter: body.deleteAfter ?? null};
  return {ok: false, status: res.status, error};
}

/** Field messages keyed by field name, for showing under each input. */
export function fieldErrors(error: ApiError | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of error?.fields ?? []) out[f.field] ??= f.message;
  return out;
}
