// Ids derived from another id, the same on every device and on the server.
//
// A request created offline may have to create its client. The device cannot
// know whether the server will find that client among records it has not
// synced, so it guesses; if the guess is "new client", the device and the
// server must make the *same* new row, or the device would show a client that
// later vanishes and reappears under another id. Deriving the client's id from
// the request's id (and each contact's id from the client's) makes the guess
// and the decision produce identical rows, and a replayed write harmless.
//
// FNV-1a, 128 bits (BigInt), shaped as a UUID of version 8 ("custom"). Not a
// secret and not collision-proof against an adversary; ids are also checked
// against the company on every write.

const FNV_OFFSET = 0x6c62272e07bb014262b821756295c58dn;
const FNV_PRIME = 0x0000000001000000000000000000013bn;
const MASK = (1n << 128n) - 1n;

function fnv1a128(text: string): bigint {
  let h = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= BigInt(byte);
    h = (h * FNV_PRIME) & MASK;
  }
  return h;
}

/** A UUID-shaped id determined by `seed` and `purpose` ("client", "contact:phone:+7…"). */
export function derivedId(seed: string, purpose: string): string {
  const hex = fnv1a128(`${purpose}\u0000${seed}`).toString(16).padStart(32, '0');
  const variant = ((parseInt(hex[16]!, 16) & 3) | 8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The one id of a dismissed pair, whichever order the two come in. */
export function pairId(a: string, b: string): string {
  return a < b ? derivedId(`${a}|${b}`, 'pair') : derivedId(`${b}|${a}`, 'pair');
}
