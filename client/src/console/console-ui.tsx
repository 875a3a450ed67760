// Small pieces every console screen shares: the error line, an action that asks
// for a reason and a confirmation, figures in the reader's language, and the
// three-language fields (Russian first).
import {useState, type FormEvent, type ReactNode} from 'react';
import {formatDate, formatMoney, formatNumber} from '#shared/i18n/format.ts';
import {LOCALES, LOCALE_NAMES, type Locale} from '#shared/i18n/locales.ts';
import type {ApiError} from '../session/api.ts';
import {TextArea, TextField} from '../ui/field.tsx';
import {useConsole} from './console-i18n.tsx';

export type Texts = Record<Locale, string>;
export const noTexts = (): Texts => ({ru: '', kk: '', en: ''});

export function ErrorLine({error}: {error: ApiError | undefined}) {
  if (!error) return null;
  const fields = error.fields?.map((f) => f.message).filter((m) => m && m !== error.message) ?? [];
  return (
    <div className="alert" role="alert">
      {error.message}
      {fields.map((m) => (
        <div key={m}>{m}</div>
      ))}
    </div>
  );
}

/** Loading, or why it did not load (no network included). */
export function Loading({error}: {error: ApiError | undefined}) {
  const {tr} = useConsole();
  return error ? <ErrorLine error={error} /> : <p className="muted">{tr('state.loading')}</p>;
}

/**
 * A button that opens a small form in place: the reason (when one is asked),
 * and a second, explicit confirmation. Nothing happens on the first click.
 */
export function ConfirmAction({
  label,
  question,
  confirmLabel,
  reason,
  danger,
  busy,
  onConfirm,
  children,
}: {
  label: string;
  question: string;
  confirmLabel?: string;
  reason: boolean;
  danger?: boolean;
  busy?: boolean;
  onConfirm: (reason: string) => Promise<boolean | void> | void;
  children?: ReactNode;
}) {
  const {tr} = useConsole();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  if (!open)
    return (
      <button type="button" className={danger ? 'danger' : undefined} onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (reason && !text.trim()) return setMissing(true);
    const done = await onConfirm(text.trim());
    if (done !== false) {
      setOpen(false);
      setText('');
    }
  }
  return (
    <form className="cn-confirm" onSubmit={submit}>
      <p>{question}</p>
      {children}
      {reason ? (
        <TextArea
          label={tr('console.reason')}
          hint={tr('console.reasonHint')}
          value={text}
          rows={2}
          onChange={(e) => {
            setText(e.target.value);
            setMissing(false);
          }}
          error={missing ? tr('console.reasonRequired') : undefined}
        />
      ) : null}
      <div className="cn-actions">
        <button className={danger ? 'danger primary' : 'primary'} disabled={busy}>
          {confirmLabel ?? label}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {tr('action.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Russian, Kazakh and English versions of one text, each labelled with its language. */
export function TextsFields({label, value, onChange, long}: {label: string; value: Texts; onChange: (v: Texts) => void; long?: boolean}) {
  return (
    <fieldset className="cn-texts">
      <legend>{label}</legend>
      {LOCALES.map((l) =>
        long ? (
          <TextArea key={l} label={LOCALE_NAMES[l]} lang={l} rows={4} value={value[l]} onChange={(e) => onChange({...value, [l]: e.target.value})} />
        ) : (
          <TextField key={l} label={LOCALE_NAMES[l]} lang={l} value={value[l]} onChange={(e) => onChange({...value, [l]: e.target.value})} />
        ),
      )}
    </fieldset>
  );
}

export function useFormat() {
  const {locale, tr} = useConsole();
  return {
    numeric: (ms: number) => formatDate(ms, 'Asia/Almaty', locale, 'numeric'),
    date: (ms: number | null | undefined) => (ms == null ? '—' : formatDate(ms, 'Asia/Almaty', locale, 'date')),
    dateTime: (ms: number | null | undefined) => (ms == null ? '—' : formatDate(ms, 'Asia/Almaty', locale, 'dateTime')),
    money: (tiyn: number) => formatMoney(tiyn, 'KZT', locale),
    number: (n: number) => formatNumber(n, locale),
    bytes: (b: number) =>
      b >= 1024 ** 3
        ? tr('console.gb', {n: formatNumber(Math.round((b / 1024 ** 3) * 10) / 10, locale)})
        : tr('console.mb', {n: formatNumber(Math.round((b / 1024 ** 2) * 10) / 10, locale)}),
  };
}

/** "12 500,50" / "12500.5" tenge → tiyn; null when it is not an amount. */
export function tengeToTiyn(text: string): number | null {
  const clean = text.replace(/[\s\u00a0₸]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) return null;
  return Math.round(Number(clean) * 100);
}

export const tiynToTenge = (tiyn: number): string => (tiyn % 100 === 0 ? String(tiyn / 100) : (tiyn / 100).toFixed(2));

/** An empty box means "no limit" (null). */
export function limitOf(text: string): number | null | undefined {
  if (!text.trim()) return null;
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}
