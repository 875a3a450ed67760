// The device's requests through the current view. Filtering and sorting run
// on the local replica (offline too); the view is deferred so typing in the
// search box never waits for 10 000 rows to be re-sorted; `shown` is the view
// the rows on screen were made with (it trails `view` by a frame or so).
import type {Row} from '@rocicorp/zero';
import {useQuery} from '@rocicorp/zero/react';
import {useDeferredValue, useMemo} from 'react';
import {queries} from '#shared/queries/index.ts';
import {runView, type ViewState} from '#shared/requests/view.ts';
import type {ViewContext} from './use-view-env.ts';

/** A request as the list query brings it: with what the workflow guards look at. */
export type ViewRow = Row['request'] & {readonly attachments: readonly Row['attachment'][]; readonly checklist: readonly Row['checklist_item'][]};

export function useViewRows(view: ViewState, env: ViewContext): {rows: readonly ViewRow[]; visible: ViewRow[]; shown: ViewState; loading: boolean} {
  const [rows, details] = useQuery(queries.requests.list());
  const deferred = useDeferredValue(view);
  const visible = useMemo(() => runView(rows as readonly ViewRow[], deferred, env), [rows, deferred, env]);
  return {rows: rows as readonly ViewRow[], visible, shown: deferred, loading: details.type !== 'complete' && rows.length === 0};
}
