// Which master the screens are about: your own profile, or — for someone who
// manages booking for everyone — the one chosen with ?master=. From the
// device's replica, so it works offline.
import {useQuery} from '@rocicorp/zero/react';
import {queries} from '#shared/queries/index.ts';
import {navigate, usePath, useSearch} from '../router/router.tsx';
import type {Session} from '../session/session.ts';

export type MasterWithAll = NonNullable<ReturnType<typeof useMasters>['masters'][number]>;

export function useMasters() {
  const [masters, details] = useQuery(queries.booking.masters());
  return {masters, loaded: details.type === 'complete'};
}

export function useCurrentMaster(session: Session) {
  const {masters, loaded} = useMasters();
  const search = useSearch();
  const path = usePath();
  const wanted = search.get('master');
  const master = masters.find((m) => m.id === wanted) ?? masters.find((m) => m.member_id === session.member.id) ?? masters[0];
  const choose = (id: string) => navigate(`${path}?master=${encodeURIComponent(id)}`);
  return {master, masters, loaded, choose};
}

/** The zone the master's week is shown in: their first place's (the company's otherwise). */
export function zoneOf(master: MasterWithAll | undefined, fallback: string): string {
  return master?.places.find((p) => !p.archived_at)?.timezone ?? fallback;
}

/** Keeps the chosen master in links between the booking screens. */
export function withMaster(path: string, master: {id: string} | undefined): string {
  if (!master) return path;
  return `${path}${path.includes('?') ? '&' : '?'}master=${encodeURIComponent(master.id)}`;
}
