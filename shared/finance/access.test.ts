import {describe, expect, it} from 'vitest';
import type {MemberContext} from '../auth/context.ts';
import type {Permission} from '../auth/permissions.ts';
import {financeReach, mayCreateInvoice, mayEditInvoice, mayManageFinance, mayMoveInvoice, myRoles, seesApprovals} from './access.ts';

const ctx = (permissions: Permission[], roles = ['executor']): MemberContext => ({
  kind: 'member',
  userID: 'u',
  memberID: 'me',
  companyID: 'c',
  role: roles[0]!,
  roles,
  permissions,
  via: 'sync',
});

describe('finance access', () => {
  it('reaches every invoice with finance.read, one’s own with finance.own, none without', () => {
    expect(financeReach(ctx(['finance.read'])).kind).toBe('all');
    expect(financeReach(ctx(['finance.own']))).toEqual({kind: 'own', memberId: 'me'});
    expect(financeReach(ctx([])).kind).toBe('none');
    expect(financeReach({kind: 'system', companyID: 'c'}).kind).toBe('all');
  });
  it('lets the author edit and send their invoice; finance.manage any', () => {
    const mine = {created_by: 'me', status: 'received'};
    const theirs = {created_by: 'other', status: 'received'};
    expect(mayCreateInvoice(ctx(['finance.own']))).toBe(true);
    expect(mayCreateInvoice(ctx(['finance.read']))).toBe(false);
    expect(mayEditInvoice(ctx(['finance.own']), mine)).toBe(true);
    expect(mayEditInvoice(ctx(['finance.own']), theirs)).toBe(false);
    expect(mayEditInvoice(ctx(['finance.manage']), theirs)).toBe(true);
    expect(mayManageFinance(ctx(['finance.read']))).toBe(false);
  });
  it('keeps payment to finance.pay, a rejection by hand to the editor', () => {
    const inv = {created_by: 'me', status: 'approved'};
    for (const to of ['paying', 'paid', 'closed']) {
      expect(mayMoveInvoice(ctx(['finance.own', 'finance.manage']), inv, to)).toBe(false);
      expect(mayMoveInvoice(ctx(['finance.pay']), inv, to)).toBe(true);
    }
    expect(mayMoveInvoice(ctx(['finance.own']), inv, 'rejected')).toBe(true);
  });
  it('decides by every role held; documents’ approvers see the queue too', () => {
    expect(myRoles(ctx([], ['head', 'cfo']))).toEqual(['head', 'cfo']);
    expect(myRoles({kind: 'system', companyID: 'c'})).toEqual([]);
    expect(seesApprovals(ctx(['documents.read']))).toBe(true);
    expect(seesApprovals(ctx([]))).toBe(false);
  });
});
