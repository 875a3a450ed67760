import {describe, expect, it} from 'vitest';
import type {MemberContext} from '../auth/context.ts';
import {mayReadRequest} from './access.ts';

const member = (permissions: MemberContext['permissions']): MemberContext => ({
  kind: 'member',
  userID: 'u',
  memberID: 'me',
  companyID: 'c',
  role: 'x',
  permissions,
  via: 'sync',
});
const row = (over: Partial<{created_by: string | null; responsible_id: string | null; watchers: {member_id: string}[]}> = {}) => ({
  created_by: 'other',
  responsible_id: null,
  watchers: [],
  ...over,
});

describe('who may read one request', () => {
  it('lets requests.read read all, and the system', () => {
    expect(mayReadRequest(member(['requests.read']), row())).toBe(true);
    expect(mayReadRequest({kind: 'system', companyID: 'c'}, row())).toBe(true);
  });

  it('lets a contractor read only what they created, lead or watch', () => {
    const c = member(['requests.read_own']);
    expect(mayReadRequest(c, row())).toBe(false);
    expect(mayReadRequest(c, row({created_by: 'me'}))).toBe(true);
    expect(mayReadRequest(c, row({responsible_id: 'me'}))).toBe(true);
    expect(mayReadRequest(c, row({watchers: [{member_id: 'me'}]}))).toBe(true);
  });

  it('lets a public visitor read nothing', () => {
    expect(mayReadRequest({kind: 'public', companyID: 'c'}, row())).toBe(false);
  });
});
