import {describe, expect, it} from 'vitest';
import type {AuthContext, MemberContext} from '../auth/context.ts';
import type {Permission} from '../auth/permissions.ts';
import {bookingReach, managesBooking, mayActFor, maySaveMasterAs, maySeeMaster, seesBooking} from './access.ts';

const member = (memberID: string, permissions: Permission[]): MemberContext => ({
  kind: 'member',
  userID: `u-${memberID}`,
  memberID,
  companyID: 'c1',
  role: 'x',
  permissions,
  via: 'sync',
});
const manager = member('boss', ['booking.manage', 'booking.own']);
const onlyManage = member('admin', ['booking.manage']);
const master = member('asel', ['booking.own', 'requests.read']);
const outsider = member('accountant', ['requests.read', 'clients.read']);
const visitor: AuthContext = {kind: 'public', companyID: 'c1'};
const job: AuthContext = {kind: 'system', companyID: 'c1'};

const asels = {member_id: 'asel', active: true};
const dinas = {member_id: 'dina', active: true};
const noLogin = {member_id: null, active: true};
const away = {member_id: 'asel', active: false};

describe('bookingReach', () => {
  it('is every master for booking.manage, one member for booking.own, nothing otherwise', () => {
    expect(bookingReach(manager)).toEqual({kind: 'all'});
    expect(bookingReach(onlyManage)).toEqual({kind: 'all'});
    expect(bookingReach(master)).toEqual({kind: 'own', memberId: 'asel'});
    expect(bookingReach(outsider)).toEqual({kind: 'none'});
    expect(bookingReach(visitor)).toEqual({kind: 'none'});
    expect(bookingReach(job)).toEqual({kind: 'none'});
    expect(bookingReach(undefined)).toEqual({kind: 'none'});
  });

  it('says who sees booking at all and who manages it', () => {
    expect([manager, onlyManage, master, outsider, visitor, job, undefined].map(seesBooking)).toEqual([true, true, true, false, false, false, false]);
    expect([manager, onlyManage, master, outsider, visitor, job, undefined].map(managesBooking)).toEqual([true, true, false, false, false, false, false]);
  });
});

describe('mayActFor', () => {
  it('lets a manager act for every master, with or without a login', () => {
    for (const m of [asels, dinas, noLogin, away]) expect(mayActFor(manager, m)).toBe(true);
  });

  it('lets a master act only for the profile linked to their own member', () => {
    expect(mayActFor(master, asels)).toBe(true);
    expect(mayActFor(master, away)).toBe(true);
    expect(mayActFor(master, dinas)).toBe(false);
    expect(mayActFor(master, noLogin)).toBe(false);
  });

  it('refuses anyone else: a member without booking, a public visitor, a job, no context', () => {
    for (const ctx of [outsider, visitor, job, undefined]) {
      for (const m of [asels, dinas, noLogin]) expect(mayActFor(ctx, m)).toBe(false);
    }
  });

  it('never matches a master without a login to a member (null is nobody)', () => {
    expect(mayActFor(member('', ['booking.own']), noLogin)).toBe(false);
  });
});

describe('maySeeMaster', () => {
  it('shows a public visitor the active masters only, whoever they belong to', () => {
    expect(maySeeMaster(visitor, asels)).toBe(true);
    expect(maySeeMaster(visitor, noLogin)).toBe(true);
    expect(maySeeMaster(visitor, away)).toBe(false);
  });

  it('shows a member the masters they act for, active or not', () => {
    expect(maySeeMaster(master, away)).toBe(true);
    expect(maySeeMaster(master, dinas)).toBe(false);
    expect(maySeeMaster(manager, away)).toBe(true);
    expect(maySeeMaster(outsider, asels)).toBe(false);
    expect(maySeeMaster(job, asels)).toBe(false);
  });
});

describe('maySaveMasterAs', () => {
  it('lets a master make and change only their own profile', () => {
    expect(maySaveMasterAs(master, 'asel')).toBe(true);
    expect(maySaveMasterAs(master, 'asel', {member_id: 'asel'})).toBe(true);
    expect(maySaveMasterAs(master, 'dina')).toBe(false);
    expect(maySaveMasterAs(master, null)).toBe(false);
  });

  it('never lets a master take over a profile or hand theirs to someone else', () => {
    expect(maySaveMasterAs(master, 'asel', {member_id: null})).toBe(false);
    expect(maySaveMasterAs(master, 'asel', {member_id: 'dina'})).toBe(false);
    expect(maySaveMasterAs(master, 'dina', {member_id: 'asel'})).toBe(false);
  });

  it('lets a manager add a master without a login and link or relink one later', () => {
    expect(maySaveMasterAs(manager, null)).toBe(true);
    expect(maySaveMasterAs(manager, 'dina', {member_id: null})).toBe(true);
    expect(maySaveMasterAs(manager, 'asel', {member_id: 'dina'})).toBe(true);
    expect(maySaveMasterAs(manager, null, {member_id: 'asel'})).toBe(true);
  });

  it('refuses anyone without booking', () => {
    for (const ctx of [outsider, visitor, job, undefined]) expect(maySaveMasterAs(ctx, null)).toBe(false);
  });
});
