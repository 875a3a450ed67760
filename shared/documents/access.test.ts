import {describe, expect, it} from 'vitest';
import type {MemberContext} from '../auth/context.ts';
import type {Permission} from '../auth/permissions.ts';
import {documentVisibilitySql, mayComment, mayManageDocuments, seesDocument, seesDocuments} from './access.ts';

const member = (memberID: string, permissions: Permission[]): MemberContext => ({
  kind: 'member',
  userID: `u-${memberID}`,
  memberID,
  companyID: 'c1',
  role: 'x',
  permissions,
  via: 'sync',
});

const lawyer = member('lawyer', ['documents.read', 'documents.manage']);
const reader = member('reader', ['documents.read']);
const outsider = member('outsider', ['requests.read', 'tasks.read', 'clients.read']);

describe('who sees which documents', () => {
  it('a draft is its owner’s and the keepers’; every other status is the readers’', () => {
    const draft = {status: 'draft', owner_id: 'lawyer'};
    const signed = {status: 'signed', owner_id: 'lawyer'};
    expect(seesDocument(lawyer, draft)).toBe(true);
    expect(seesDocument(reader, draft)).toBe(false);
    expect(seesDocument(reader, signed)).toBe(true);
    expect(seesDocument(reader, {status: 'approval', owner_id: 'lawyer'})).toBe(true);
    // A reader's own draft (they were made its owner) is theirs.
    expect(seesDocument(reader, {status: 'draft', owner_id: 'reader'})).toBe(true);
    // Wide permissions of other modules reach no document.
    expect(seesDocument(outsider, signed)).toBe(false);
    expect(seesDocuments(outsider)).toBe(false);
    expect(seesDocument({kind: 'system', companyID: 'c1'}, draft)).toBe(true);
    expect(seesDocument(undefined, signed)).toBe(false);
  });

  it('only the keepers manage; whoever sees a document may comment', () => {
    expect(mayManageDocuments(lawyer)).toBe(true);
    expect(mayManageDocuments(reader)).toBe(false);
    expect(mayComment(reader, {status: 'signed'})).toBe(true);
    expect(mayComment(reader, {status: 'draft', owner_id: 'lawyer'})).toBe(false);
  });

  it('the SQL form says the same', () => {
    expect(documentVisibilitySql(outsider, 2)).toBeNull();
    expect(documentVisibilitySql(lawyer, 2)).toEqual({where: 'true', params: []});
    expect(documentVisibilitySql(reader, 3)).toEqual({where: "(d.status <> 'draft' or d.owner_id = $3)", params: ['reader']});
  });
});
