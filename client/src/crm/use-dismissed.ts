import {useQuery} from '@rocicorp/zero/react';
import {useMemo} from 'react';
import {queries} from '#shared/queries/index.ts';

/** Pairs someone marked "different people" (not proposed as duplicates again). */
export function useDismissed(): ReadonlySet<string> {
  const [rows] = useQuery(queries.clients.dismissals());
  return useMemo(() => new Set(rows.map((r) => r.id)), [rows]);
}
