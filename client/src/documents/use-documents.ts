// What the documents' screens share: the rows as the queries give them, the
// kinds, the company's day (dates are 'YYYY-MM-DD' in the company's zone), and
// the counterparties one may pick — the finance module's list, or, for
// someone who does not see it, the ones the visible documents name.
import type {Row} from '@rocicorp/zero';
import {useQuery} from '@rocicorp/zero/react';
import {useMemo} from 'react';
import {queries} from '#shared/queries/index.ts';

export type DocumentRow = Row['document'];
export type CounterpartyRow = Row['counterparty'];
export type VersionRow = Row['document_version'] & {
  file?: Row['file'] | undefined;
  author?: {name: string} | undefined;
};
export type DocLinkRow = Row['document_link'];
export type DocCommentRow = Row['document_comment'] & {author?: {name: string} | undefined};
export type ApprovalRow = Row['approval'] & {decider?: {name: string} | undefined; member?: {name: string} | undefined};

/** A document of the archive list. */
export type ListedDocument = DocumentRow & {
  counterparty?: CounterpartyRow | undefined;
  versions: readonly VersionRow[];
  links: readonly DocLinkRow[];
};

/** A document's card. */
export type CardDocument = ListedDocument & {comments: readonly DocCommentRow[]; approvals: readonly ApprovalRow[]};

export {DOCUMENT_KINDS} from '#shared/documents/validation.ts';

/** Days before "valid until" a signed document counts as expiring soon. */
export const EXPIRING_DAYS = 30;

/** Today in the company's zone, as 'YYYY-MM-DD'. */
export function todayIn(timeZone: string, now = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', {timeZone, year: 'numeric', month: '2-digit', day: '2-digit'}).format(now);
}

/** 'YYYY-MM-DD' plus some days. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A 'YYYY-MM-DD' day as the epoch at its noon (UTC), to format it with timeZone 'UTC'. */
export function dayEpoch(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : null;
}

export type Expiry = 'none' | 'soon' | 'past';

/** Whether a signed document's "valid until" is near or past (drafts and closed ones: none). */
export function expiryOf(doc: Pick<DocumentRow, 'status' | 'valid_until'>, today: string): Expiry {
  if (!doc.valid_until || (doc.status !== 'signed' && doc.status !== 'approval')) return 'none';
  if (doc.valid_until < today) return 'past';
  return doc.valid_until <= addDays(today, EXPIRING_DAYS) ? 'soon' : 'none';
}

export function useTimeZone(): string {
  const [company] = useQuery(queries.company.current());
  return company?.timezone ?? 'Asia/Almaty';
}

export function useDocuments(): readonly ListedDocument[] {
  const [rows] = useQuery(queries.documents.list());
  return rows as readonly ListedDocument[];
}

/** Counterparties one may pick: the finance list, with those the visible documents name. */
export function useCounterparties(): readonly CounterpartyRow[] {
  const [listed] = useQuery(queries.finance.counterparties());
  const docs = useDocuments();
  return useMemo(() => {
    const byId = new Map<string, CounterpartyRow>();
    for (const c of listed as readonly CounterpartyRow[]) byId.set(c.id, c);
    for (const d of docs) if (d.counterparty && !byId.has(d.counterparty.id)) byId.set(d.counterparty.id, d.counterparty);
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'ru'));
  }, [listed, docs]);
}

/** The projects the archive already names (suggestions for the field). */
export function projectsOf(docs: readonly {project: string}[]): string[] {
  return [...new Set(docs.map((d) => d.project.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'ru'));
}

/** Versions newest first, whatever order the rows came in. */
export function newestFirst<T extends {number: number}>(versions: readonly T[]): T[] {
  return [...versions].sort((a, b) => b.number - a.number);
}
