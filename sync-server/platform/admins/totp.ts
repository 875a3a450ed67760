// The console's second factor: TOTP (RFC 6238) as every authenticator app
// speaks it by default — HMAC-SHA-1, 6 digits, 30-second steps — built on
// node:crypto alone (no dependency for ~40 lines). A code is accepted for the
// step before and after the current one (a phone's clock drifts, a person types
// slowly), and never twice: the caller keeps the last accepted step
// (platform_admin.totp_last_step) and passes it back in.
import {createHmac, randomBytes} from 'node:crypto';

export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps either side of now that are still accepted. */
export const TOTP_WINDOW = 1;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32, without padding (what otpauth:// URLs carry). */
export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** Base32 as people copy it: any case, spaces and padding ignored. Null when it holds another character. */
export function base32Decode(text: string): Buffer | null {
  const clean = text.toUpperCase().replace(/[\s=-]/g, '');
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    const i = ALPHABET.indexOf(ch);
    if (i < 0) return null;
    value = ((value << 5) | i) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new secret: 20 random bytes (the HMAC-SHA-1 block RFC 4226 recommends), in base32. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** Whether a text is a secret an authenticator can take (base32, at least 80 bits). */
export function isTotpSecret(text: string): boolean {
  const key = base32Decode(text);
  return !!key && key.length >= 10;
}

/** HOTP (RFC 4226): the code of one counter value. */
export function hotp(key: Buffer, counter: number, digits = TOTP_DIGITS): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(msg).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

export const totpStep = (nowMs: number) => Math.floor(nowMs / 1000 / TOTP_STEP_SECONDS);

/** The code an authenticator shows at this moment. */
export function totpCode(secret: string, nowMs: number): string {
  const key = base32Decode(secret);
  if (!key) throw new Error('the TOTP secret is not base32');
  return hotp(key, totpStep(nowMs));
}

/**
 * The step the code belongs to (now ± the window), or null: wrong, malformed,
 * or of a step at or before `lastStep` (already used — a code works once).
 */
export function verifyTotp(secret: string, code: string, nowMs: number, lastStep: number): number | null {
  const key = base32Decode(secret);
  if (!key || !/^\d{6}$/.test(code)) return null;
  const now = totpStep(nowMs);
  for (let step = now - TOTP_WINDOW; step <= now + TOTP_WINDOW; step++) {
    if (step > lastStep && hotp(key, step) === code) return step;
  }
  return null;
}

/** The address an authenticator app reads from a QR code or a link. */
export function otpauthUrl(secret: string, email: string, issuer = 'dot'): string {
  const label = encodeURIComponent(`${issuer}:${email}`);
  const q = new URLSearchParams({secret, issuer, algorithm: 'SHA1', digits: String(TOTP_DIGITS), period: String(TOTP_STEP_SECONDS)});
  return `otpauth://totp/${label}?${q.toString()}`;
}
