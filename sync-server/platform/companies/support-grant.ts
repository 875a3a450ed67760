// Whether a company's owner has granted support access now, for its page in
// the console. The grants are the support area's table (issue 18, H2), which
// is not merged yet: until it is, no company has one. The support change
// replaces this body with a read of its table (one query).
import type pg from 'pg';

export async function supportGrantOf(_db: pg.Pool, _companyId: string): Promise<{expiresAt: number} | null> {
  return null;
}
