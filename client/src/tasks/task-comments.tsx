// T6: the conversation on a task. "@Name" mentions a colleague (they are
// told); without sight of the team one mentions only the task's own people —
// the same rule the server checks (shared/mutators/tasks-parts.ts).
import type {Row} from '@rocicorp/zero';
import {uuidv7} from 'uuidv7';
import {mutators} from '../sync/mutators.ts';
import {mayAssignOthers} from '#shared/tasks/access.ts';
import {memberContextOf, type Session} from '../session/session.ts';
import {CommentThread} from '../ui/comment-thread.tsx';
import {useWrite} from '../write/writer.tsx';
import {usePeople, type PersonRow, type TaskRow} from './use-tasks.ts';

type Comment = Row['task_comment'] & {author?: {name: string} | undefined};
type Props = {task: TaskRow & {people: readonly PersonRow[]; comments: readonly Comment[]}; session: Session; timeZone: string};

export function TaskComments({task, session, timeZone}: Props) {
  const write = useWrite();
  const people = usePeople();
  const own = new Set([task.assignee_id, task.created_by, ...task.people.map((p) => p.member_id)]);
  const wide = mayAssignOthers(memberContextOf(session));
  return (
    <CommentThread
      draftKey={`task-comment.${task.id}`}
      comments={task.comments.map((c) => ({...c, author: c.author?.name ?? people.name(c.author_id) ?? undefined}))}
      timeZone={timeZone}
      canComment
      mentionable={people.list.filter((m) => m.active && (wide || own.has(m.id)))}
      post={(body, mentions) => write(mutators.task.comment({id: uuidv7(), taskId: task.id, body, mentions, at: Date.now()}))}
    />
  );
}
