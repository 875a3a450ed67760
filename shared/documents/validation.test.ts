import {describe, expect, it} from 'vitest';
import {addVersionArgs, createDocumentArgs, moveDocumentArgs, updateDocumentArgs} from './validation.ts';

const issues = (r: {success: boolean; error?: {issues: {path: PropertyKey[]; message: string}[]}}) =>
  r.success ? [] : r.error!.issues.map((i) => [i.path.join('.'), i.message]);

describe('document arguments', () => {
  const base = {id: 'd1', title: 'Договор поставки', createdAt: 1};

  it('takes a document with defaults', () => {
    const r = createDocumentArgs.parse(base);
    expect(r).toMatchObject({kind: 'contract', number: '', project: '', signedOn: '', validUntil: '', note: ''});
  });

  it('names the field of each mistake with an i18n key', () => {
    expect(issues(createDocumentArgs.safeParse({...base, title: '  '}))).toEqual([['title', 'v.required']]);
    expect(issues(createDocumentArgs.safeParse({...base, kind: 'poem'}))).toEqual([['kind', 'documents.v.kind']]);
    expect(issues(createDocumentArgs.safeParse({...base, signedOn: '2026-13-01'}))).toEqual([['signedOn', 'documents.v.date']]);
    expect(issues(createDocumentArgs.safeParse({...base, validUntil: '2026-02-30'}))).toEqual([['validUntil', 'documents.v.date']]);
    expect(issues(createDocumentArgs.safeParse({...base, validUntil: '01.02.2026'}))).toEqual([['validUntil', 'documents.v.date']]);
  });

  it('refuses "valid until" before the signing day, naming validUntil', () => {
    expect(issues(createDocumentArgs.safeParse({...base, signedOn: '2026-12-01', validUntil: '2026-11-30'}))).toEqual([
      ['validUntil', 'documents.v.validBeforeSigned'],
    ]);
    expect(createDocumentArgs.safeParse({...base, signedOn: '2026-12-01', validUntil: '2026-12-01'}).success).toBe(true);
    expect(createDocumentArgs.safeParse({...base, validUntil: '2027-12-31'}).success).toBe(true);
    expect(issues(updateDocumentArgs.safeParse({id: 'd1', signedOn: '2026-12-01', validUntil: '2025-01-01', at: 1}))).toEqual([
      ['validUntil', 'documents.v.validBeforeSigned'],
    ]);
  });

  it('a version needs its file; a move its target', () => {
    expect(issues(addVersionArgs.safeParse({id: 'v2', documentId: 'd1', createdAt: 1}))).toEqual([['fileId', expect.any(String)]]);
    expect(moveDocumentArgs.safeParse({id: 'd1', to: 'approval', at: 1}).success).toBe(true);
  });
});
