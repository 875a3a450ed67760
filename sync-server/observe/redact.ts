// No password, token, secret, cookie or Authorization ever reaches a log line.
// Fields are redacted by their name; free text (error messages, zero-cache's
// relayed lines, URLs) by the shapes secrets take: credentials in URLs, query
// parameters and JSON keys with secret names, Bearer/Basic, cookies, our own
// secrets (32 random bytes in base64url: session cookies, API keys, reset and
// invite links, feed tokens) and a Telegram bot token in an API URL.
const HIDDEN = '[redacted]';

/** A field or parameter whose name says it holds a secret. */
export const SECRET_NAME =
  /pass(word|wd|phrase)?$|^pwd$|token|secret|cookie|authori[sz]ation|api[-_]?key|session|credential|private[-_]?key|signature|^otp$|totp|recovery/i;
const NAMES = 'password|passwd|pwd|passphrase|[\\w.-]*token|[\\w.-]*secret|api[-_]?key|apikey|authorization|cookie|session|signature|otp|totp';

const RULES: [RegExp, string | ((...m: string[]) => string)][] = [
  // scheme://user:password@host
  [/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*):[^\s@/]+@/gi, `$1:${HIDDEN}@`],
  [/\bBearer\s+[^\s"',;]+/gi, `Bearer ${HIDDEN}`],
  [/\bBasic\s+[A-Za-z0-9+/=]{8,}/g, `Basic ${HIDDEN}`],
  // header lines as text: "cookie: a=b; c=d", "authorization: …", "set-cookie: …"
  [/\b((?:set-)?cookie|authorization|x-api-key|x-hub-signature(?:-256)?|x-telegram-bot-api-secret-token)(["']?\s*[:=]\s*["']?)[^\n"']*/gi, `$1$2${HIDDEN}`],
  // ?password=…&token=…, password=… in free text
  [new RegExp(`([?&;\\s]|^)(${NAMES}|code|sig)=[^&\\s"';,]*`, 'gi'), `$1$2=${HIDDEN}`],
  // "password": "…" in JSON or a dumped object
  [new RegExp(`(["']?(?:${NAMES})["']?\\s*:\\s*)("(?:[^"\\\\]|\\\\.)*"|'[^']*')`, 'gi'), `$1"${HIDDEN}"`],
  // Telegram: https://api.telegram.org/bot123:ABC…/sendMessage
  [/\bbot\d+:[\w-]+/g, `bot${HIDDEN}`],
  // Our secrets and long random strings; a UUID (an id, no secret) stays.
  [/[A-Za-z0-9_-]{32,}/g, (m) => (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(m) ? m : HIDDEN)],
];

export function redactText(text: string): string {
  let out = text;
  for (const [re, to] of RULES) out = out.replace(re, to as string);
  return out;
}

export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value instanceof Error) return {error: redactText(value.message), ...(value.stack && {stack: redactText(value.stack)})};
  if (value === null || typeof value !== 'object') return value;
  if (depth > 4) return '[deep]';
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redactValue(v, depth + 1));
  return redactFields(value as Record<string, unknown>, depth + 1);
}

export function redactFields(fields: Record<string, unknown>, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = SECRET_NAME.test(key) && value !== undefined && value !== null && value !== '' ? HIDDEN : redactValue(value, depth);
  }
  return out;
}
