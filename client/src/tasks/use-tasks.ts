// What the tasks' screens share: the company's zone, the colleagues' names
// (from the device's replica), and the writes about a task still waiting on
// this device — a result handed in offline shows as "on its way" until the
// server has it.
import type {Row} from '@rocicorp/zero';
import {useQuery} from '@rocicorp/zero/react';
import {useMemo} from 'react';
import type {ErrorDetails} from '#shared/errors.ts';
import {queries} from '#shared/queries/index.ts';
import {useWriter} from '../write/writer.tsx';

export type TaskRow = Row['task'];
export type LinkRow = Row['task_link'] & {blocker?: TaskRow | undefined};
export type PersonRow = Row['task_person'];
export type AttachmentRow = Row['attachment'] & {file?: Row['file'] | undefined};

export function useTimeZone(): string {
  const [company] = useQuery(queries.company.current());
  return company?.timezone ?? 'Asia/Almaty';
}

export type People = {
  readonly list: readonly {id: string; name: string; active: boolean; position?: string | null | undefined}[];
  name: (id: string | null | undefined) => string;
};

/** The company's people as this person sees them (a contractor sees none: names then read "…"). */
export function usePeople(): People {
  const [members] = useQuery(queries.team.members());
  return useMemo(() => {
    const names = new Map(members.map((m) => [m.id, m.name]));
    return {list: members, name: (id) => (id ? (names.get(id) ?? '…') : '')};
  }, [members]);
}

export type WaitingWrite = {name: string; args: Record<string, unknown>; state: 'queued' | 'handed' | 'attention'; error?: ErrorDetails | undefined};

/** This device's writes about a task (by the task's id in their arguments) not yet confirmed by the server. */
export function useTaskWrites(taskId: string): WaitingWrite[] {
  const {view} = useWriter();
  return useMemo(
    () =>
      view.ops.flatMap((o) => {
        const args = (o.args ?? {}) as Record<string, unknown>;
        const about = o.subject === taskId || args.taskId === taskId || args.id === taskId;
        return about && o.name.startsWith('task.') ? [{name: o.name, args, state: o.state, error: o.error}] : [];
      }),
    [view, taskId],
  );
}

/** Tasks with a hand-in on its way from this device (queued or not yet confirmed). */
export function useHandInsWaiting(): Set<string> {
  const {view} = useWriter();
  return useMemo(() => new Set(view.ops.filter((o) => o.name === 'task.handIn' && o.state !== 'attention' && o.subject).map((o) => o.subject!)), [view]);
}
