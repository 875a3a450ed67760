import {describe, expect, it} from 'vitest';
import {base32Decode, base32Encode, hotp, isTotpSecret, newTotpSecret, otpauthUrl, totpCode, verifyTotp} from './totp.ts';

// RFC 6238 appendix B: the SHA-1 seed is the ASCII "12345678901234567890".
const SEED = Buffer.from('12345678901234567890', 'ascii');
const SECRET = base32Encode(SEED);
const VECTORS: [seconds: number, code8: string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it('gives the RFC test vectors: 8 digits in full, and their last 6 as an authenticator shows them', () => {
    for (const [seconds, code8] of VECTORS) {
      expect(hotp(SEED, Math.floor(seconds / 30), 8)).toBe(code8);
      expect(totpCode(SECRET, seconds * 1000)).toBe(code8.slice(2));
    }
  });

  it('base32 is RFC 4648 (the seed is the well-known GEZDGNBV… secret) and reads what people paste', () => {
    expect(SECRET).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode('gezd gnbv gy3t qojq gezd gnbv gy3t qojq')?.equals(SEED)).toBe(true);
    expect(base32Decode('not base32!')).toBeNull();
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(isTotpSecret(secret)).toBe(true);
    expect(isTotpSecret('ABC')).toBe(false);
  });

  it('accepts the step before and after now, not two away, and a step only once', () => {
    const now = 1111111111_000;
    const step = Math.floor(now / 30_000);
    expect(verifyTotp(SECRET, totpCode(SECRET, now), now, 0)).toBe(step);
    expect(verifyTotp(SECRET, totpCode(SECRET, now - 30_000), now, 0)).toBe(step - 1);
    expect(verifyTotp(SECRET, totpCode(SECRET, now + 30_000), now, 0)).toBe(step + 1);
    expect(verifyTotp(SECRET, totpCode(SECRET, now - 60_000), now, 0)).toBeNull();
    expect(verifyTotp(SECRET, totpCode(SECRET, now + 60_000), now, 0)).toBeNull();
    // Used already: the same code, or an older one after a newer was accepted.
    expect(verifyTotp(SECRET, totpCode(SECRET, now), now, step)).toBeNull();
    expect(verifyTotp(SECRET, totpCode(SECRET, now - 30_000), now, step)).toBeNull();
    expect(verifyTotp(SECRET, '12345', now, 0)).toBeNull();
    expect(verifyTotp(SECRET, '１２３４５６', now, 0)).toBeNull();
  });

  it('makes an otpauth:// address an authenticator app reads', () => {
    const url = new URL(otpauthUrl(SECRET, 'boss@example.kz'));
    expect(url.protocol).toBe('otpauth:');
    expect(decodeURIComponent(url.href.split('?')[0]!)).toBe('otpauth://totp/dot:boss@example.kz');
    expect(url.searchParams.get('secret')).toBe(SECRET);
    expect(url.searchParams.get('digits')).toBe('6');
  });
});
