// The archive's filter, run on the device over the documents it holds (D4):
// kind, status, counterparty, project, a date range on the signing date, the
// expiring ones, and a search over title, number and counterparty (name or
// BIN). Documents the server found by the text inside their files join the
// search's results (`textIds`). Pure: tested in archive-filter.test.ts.
import {expiryOf} from './use-documents.ts';

export type ArchiveFilter = {
  q: string;
  kind: string;
  status: string;
  counterpartyId: string;
  project: string;
  from: string;
  to: string;
  expiring: string;
};

export const NO_FILTER: ArchiveFilter = {q: '', kind: '', status: '', counterpartyId: '', project: '', from: '', to: '', expiring: ''};

type Filterable = {
  id: string;
  title: string;
  number: string;
  kind: string;
  status: string;
  project: string;
  signed_on: string;
  valid_until: string;
  counterparty_id?: string | null | undefined;
  counterparty?: {name: string; bin: string} | null | undefined;
};

/** Lower case, "ё" as "е", runs of spaces as one: "ТОО «Алатау»" is found by "тоо алатау". */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"'„“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function matchesSearch(doc: Filterable, q: string): boolean {
  const words = normalize(q).split(' ').filter(Boolean);
  if (!words.length) return true;
  const hay = normalize([doc.title, doc.number, doc.counterparty?.name ?? '', doc.counterparty?.bin ?? ''].join(' '));
  return words.every((w) => hay.includes(w));
}

/** How many of the filter's narrowing choices (not the search) are set. */
export function activeFilters(f: ArchiveFilter): number {
  return [f.kind, f.status, f.counterpartyId, f.project, f.from, f.to, f.expiring].filter(Boolean).length;
}

export function filterDocuments<T extends Filterable>(rows: readonly T[], f: ArchiveFilter, today: string, textIds?: ReadonlySet<string> | null): T[] {
  return rows.filter((d) => {
    if (f.kind && d.kind !== f.kind) return false;
    if (f.status && d.status !== f.status) return false;
    if (f.counterpartyId && d.counterparty_id !== f.counterpartyId) return false;
    if (f.project && normalize(d.project) !== normalize(f.project)) return false;
    if (f.from && (!d.signed_on || d.signed_on < f.from)) return false;
    if (f.to && (!d.signed_on || d.signed_on > f.to)) return false;
    if (f.expiring && expiryOf(d, today) === 'none') return false;
    return matchesSearch(d, f.q) || !!textIds?.has(d.id);
  });
}
