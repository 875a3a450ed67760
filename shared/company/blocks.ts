// C2: the owner decides what the public mini-site shows, block by block, and
// can change it at any time. Stored like module switches: missing = default.
export const PUBLIC_BLOCKS = [
  'about',
  'activities',
  'services',
  'hours',
  'phones',
  'email',
  'address',
  'social',
  'messengers',
  'catalog',
  'reviews',
  'request',
] as const;
export type PublicBlock = (typeof PUBLIC_BLOCKS)[number];

export type BlockSwitches = {readonly [key: string]: boolean};

export function isPublicBlock(value: unknown): value is PublicBlock {
  return typeof value === 'string' && (PUBLIC_BLOCKS as readonly string[]).includes(value);
}

/** Everything is shown until the owner hides it. */
export function blockOn(switches: BlockSwitches | null | undefined, block: PublicBlock): boolean {
  const v = switches?.[block];
  return typeof v === 'boolean' ? v : true;
}
