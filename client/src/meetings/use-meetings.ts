// What the meetings' screens share: the company's zone, the team's names
// (from the device's replica, so they read offline), who may plan meetings.
import type {Row} from '@rocicorp/zero';
import {useQuery} from '@rocicorp/zero/react';
import {useMemo} from 'react';
import {mayManageMeetings} from '#shared/tasks/access.ts';
import {queries} from '#shared/queries/index.ts';
import {memberContextOf, type Session} from '../session/session.ts';

export type MemberRow = Row['member'];

export function useZone(): string {
  const [company] = useQuery(queries.company.current());
  return company?.timezone ?? 'Asia/Almaty';
}

/** The active colleagues, and every member's name by id. */
export function useMembers(): {members: readonly MemberRow[]; names: ReadonlyMap<string, string>} {
  const [rows] = useQuery(queries.team.members());
  return useMemo(() => ({members: rows.filter((m) => m.active), names: new Map(rows.map((m) => [m.id, m.name]))}), [rows]);
}

export function useMayManage(session: Session): boolean {
  return mayManageMeetings(memberContextOf(session));
}
