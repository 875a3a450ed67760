// Settings → Security: the second factor. Off → "turn on" shows a QR code (and the key, for typing in) and asks for
// the first code; on → the recovery codes once, then how many are left and "turn off" (which needs a code).
import {useCallback, useEffect, useState, type FormEvent} from 'react';
import {useI18n} from '../../i18n/i18n.tsx';
import {api, fieldErrors, type ApiError} from '../../session/api.ts';
import {TextField} from '../../ui/field.tsx';

type State = {enabled: boolean; recoveryLeft: number};
type Setup = {secret: string; url: string; qrSvg: string};

export function TwoFactor() {
  const {t, locale} = useI18n();
  const [state, setState] = useState<State | null>();
  const [setup, setSetup] = useState<Setup>();
  const [codes, setCodes] = useState<string[]>();
  const [code, setCode] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const load = useCallback(async () => {
    const r = await api<State>('/auth/totp', {locale});
    setState(r.ok ? r.data : null);
  }, [locale]);
  useEffect(() => void load(), [load]);

  async function call<T>(path: string, body?: unknown): Promise<{data: T} | undefined> {
    setBusy(true);
    setError(undefined);
    const r = await api<T>(path, {method: 'POST', body, locale});
    setBusy(false);
    if (!r.ok) return void setError(r.error);
    setCode('');
    return {data: r.data};
  }
  async function confirm(e: FormEvent) {
    e.preventDefault();
    const r = await call<{recoveryCodes: string[]}>('/auth/totp/confirm', {code});
    if (r) {
      setSetup(undefined);
      setCodes(r.data.recoveryCodes);
      await load();
    }
  }
  async function disable(e: FormEvent) {
    e.preventDefault();
    if (await call('/auth/totp/disable', {code})) await load();
  }

  if (!state) return null;
  const fieldError = fieldErrors(error).code;
  const formError =
    error && !fieldError ? (
      <div className="alert" role="alert">
        {error.message}
      </div>
    ) : null;
  const codeField = (
    <TextField label={t('field.totpCode')} autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)} error={fieldError} />
  );
  return (
    <div className="sec-block">
      <h3>{t('sec.totp.title')}</h3>
      {codes ? (
        <>
          <p>{t('sec.totp.recovery')}</p>
          <ul className="sec-codes" aria-label={t('sec.totp.title')}>
            {codes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setCodes(undefined)}>
            {t('sec.totp.saved')}
          </button>
        </>
      ) : state.enabled ? (
        <form onSubmit={disable}>
          <p className="muted">{t('sec.totp.onHint', {n: state.recoveryLeft})}</p>
          <p className="muted">{t('sec.totp.disableHint')}</p>
          {formError}
          {codeField}
          <button type="submit" disabled={busy || !code.trim()}>
            {t('sec.totp.disable')}
          </button>
        </form>
      ) : setup ? (
        <form onSubmit={confirm}>
          <p>{t('sec.totp.scan')}</p>
          {/* An image, never markup in the page: the SVG the server drew (qrcode) runs nothing as an <img>. On a phone,
              the link opens the authenticator app directly. */}
          <a href={setup.url} className="sec-qr">
            <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qrSvg)}`} alt={t('sec.totp.qrAlt')} width={200} height={200} />
          </a>
          <p className="sec-secret">{setup.secret.replace(/(.{4})/g, '$1 ').trim()}</p>
          {formError}
          {codeField}
          <button type="submit" className="primary" disabled={busy || !code.trim()}>
            {t('sec.totp.confirm')}
          </button>
        </form>
      ) : (
        <>
          <p className="muted">{t('sec.totp.offHint')}</p>
          {formError}
          <button type="button" className="primary" disabled={busy} onClick={() => void call<Setup>('/auth/totp/setup').then((s) => s && setSetup(s.data))}>
            {t('sec.totp.start')}
          </button>
        </>
      )}
    </div>
  );
}
