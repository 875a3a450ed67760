// The first platform administrator's settings (DOT_PLATFORM_ADMIN_*): all three
// or none, and a start that names what is wrong rather than an administrator
// nobody can sign in as.
import {describe, expect, it} from 'vitest';
import {ConfigError, loadConfig} from '../../config.ts';

const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const all = {DOT_PLATFORM_ADMIN_EMAIL: 'boss@example.kz', DOT_PLATFORM_ADMIN_PASSWORD: 'long-enough-1', DOT_PLATFORM_ADMIN_TOTP_SECRET: SECRET.toLowerCase()};

describe('DOT_PLATFORM_ADMIN_*', () => {
  it('is off when unset, and read in full when all three are set', () => {
    expect(loadConfig({}).platformAdmin).toBeUndefined();
    expect(loadConfig(all).platformAdmin).toEqual({email: 'boss@example.kz', password: 'long-enough-1', totpSecret: SECRET});
  });

  it('names what is missing or wrong', () => {
    expect(() => loadConfig({DOT_PLATFORM_ADMIN_EMAIL: 'boss@example.kz'})).toThrow(
      new ConfigError('DOT_PLATFORM_ADMIN_PASSWORD and DOT_PLATFORM_ADMIN_TOTP_SECRET must be set too: the first platform administrator needs all three.'),
    );
    expect(() => loadConfig({...all, DOT_PLATFORM_ADMIN_PASSWORD: 'short'})).toThrow(/DOT_PLATFORM_ADMIN_PASSWORD must be at least 10/);
    expect(() => loadConfig({...all, DOT_PLATFORM_ADMIN_TOTP_SECRET: 'not base32 at all 0189'})).toThrow(/DOT_PLATFORM_ADMIN_TOTP_SECRET must be base32/);
  });
});
