import {describe, expect, it} from 'vitest';
import type {MemberContext} from '../auth/context.ts';
import type {Permission} from '../auth/permissions.ts';
import {readsDocumentFile, readsEveryFile} from './access.ts';

const member = (memberID: string, permissions: Permission[]): MemberContext => ({
  kind: 'member',
  userID: `u-${memberID}`,
  memberID,
  companyID: 'c1',
  role: 'x',
  permissions,
  via: 'sync',
});

describe('a document version’s file', () => {
  const head = member('head', ['requests.read', 'tasks.read', 'documents.read']);
  const wide = member('wide', ['requests.read', 'tasks.read', 'clients.read', 'company.manage']);
  const lawyer = member('lawyer', ['documents.read', 'documents.manage']);
  const draft = {status: 'draft', owner_id: 'lawyer'};
  const signed = {status: 'signed', owner_id: 'lawyer'};
  const file = {created_by: 'lawyer'};

  it('goes only to whoever sees its document, whatever wide permissions they hold', () => {
    expect(readsEveryFile(wide)).toBe(true);
    expect(readsDocumentFile(wide, file, [signed])).toBe(false);
    expect(readsDocumentFile(head, file, [draft])).toBe(false);
    expect(readsDocumentFile(head, file, [signed])).toBe(true);
    expect(readsDocumentFile(head, file, [draft, signed])).toBe(true);
    expect(readsDocumentFile(lawyer, {created_by: 'someone'}, [draft])).toBe(true);
  });

  it('and to whoever uploaded it', () => {
    expect(readsDocumentFile(member('uploader', []), {created_by: 'uploader'}, [draft])).toBe(true);
    expect(readsDocumentFile(member('other', []), {created_by: null}, [draft])).toBe(false);
  });
});
