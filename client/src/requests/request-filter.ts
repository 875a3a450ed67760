// Local filtering of the replica: status and free-text search over name,
// phone (digits, however typed), subject and text, in any script. "Open" is
// decided by each request's own workflow (a status of the done or cancelled
// kind is closed).
import {isOpenStatus} from '../../../shared/requests/status.ts';

export type RequestRowLike = {number?: number | null; client_name: string; client_phone: string; text: string; status: string; title?: string};
export type StatusFilter = 'all' | 'open' | string;

export function matchesRequest(row: RequestRowLike, status: StatusFilter, query: string, isOpen: (row: RequestRowLike) => boolean = (r) => isOpenStatus(r.status)): boolean {
  if (status === 'open' ? !isOpen(row) : status !== 'all' && row.status !== status) return false;
  const q = query.trim().toLocaleLowerCase();
  if (!q) return true;
  const digits = q.replace(/\D/g, '');
  if (digits.length >= 3 && row.client_phone.replace(/\D/g, '').includes(digits)) return true;
  if (q.startsWith('#') && String(row.number ?? '') === q.slice(1)) return true;
  return row.client_name.toLocaleLowerCase().includes(q) || row.text.toLocaleLowerCase().includes(q) || (row.title ?? '').toLocaleLowerCase().includes(q);
}
