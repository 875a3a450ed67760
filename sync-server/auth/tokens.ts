import {createHash, randomBytes} from 'node:crypto';
import {uuidv7} from 'uuidv7';

/** A secret for a cookie, an API key or an invite link: 32 random bytes. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** Only this hash is stored; the secret itself exists only with its holder. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function newId(): string {
  return uuidv7();
}
