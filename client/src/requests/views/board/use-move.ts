// Moving a request to another status from the board, by drag or by the
// "Move to…" menu: the same engine the card's buttons and the server use
// decides. A refused move says why (and the card stays where it was); a move
// that needs a reason asks for it first.
import {useQuery} from '@rocicorp/zero/react';
import {useState} from 'react';
import {uuidv7} from 'uuidv7';
import {can} from '#shared/auth/can.ts';
import {mutators} from '../../../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {openRequiredTasks} from '#shared/tasks/lifecycle.ts';
import {checkMove, type RequestSnapshot} from '#shared/workflow/engine.ts';
import {describeBlockers} from '#shared/workflow/describe.ts';
import {useI18n} from '../../../i18n/i18n.tsx';
import {memberContextOf, type Session} from '../../../session/session.ts';
import {useWrite} from '../../../write/writer.tsx';
import {useRoleName} from '../../use-role-name.ts';
import type {ViewContext} from '../use-view-env.ts';
import type {ViewRow} from '../use-view-rows.ts';

export type MoveNotice = {kind: 'refused' | 'moved'; text: string; requestId: string};

/** `tasks`: the tasks this person sees (the server counts every required one of the request). */
export function snapshotOf(
  r: ViewRow,
  tasks: readonly {id: string; title: string; status: string; required: boolean; request_id?: string | null}[] = [],
): RequestSnapshot {
  return {
    status: r.status,
    fields: r.fields ?? {},
    attachmentKinds: r.attachments.map((a) => a.kind),
    checklist: r.checklist,
    openTasks: openRequiredTasks(tasks.filter((x) => x.request_id === r.id)),
  };
}

export function useMove(env: ViewContext, session: Session) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const roleName = useRoleName();
  const [notice, setNotice] = useState<MoveNotice | null>(null);
  const [tasks] = useQuery(queries.tasks.list());
  const [asking, setAsking] = useState<{row: ViewRow; to: string} | null>(null);
  const ctx = memberContextOf(session);
  const mayEdit = can(ctx, 'requests.update');

  const number = (r: ViewRow) => r.number ?? '…';
  const refuse = (row: ViewRow, to: string, reasons: string) =>
    setNotice({kind: 'refused', requestId: row.id, text: t('views.board.refused', {number: number(row), status: env.statusName(row.type_id, to), reasons})});

  /** Why this move cannot be made now ('' when it can); a missing reason is not a blocker yet — it is asked for. */
  function why(row: ViewRow, to: string): string {
    if (!mayEdit) return t('views.board.readOnly');
    const workflow = env.config.workflowOf(row.type_id);
    const blockers = checkMove(workflow, env.config.fieldsOf(row.type_id), snapshotOf(row, tasks), ctx, to, 'probe');
    if (blockers.some((b) => b.kind === 'no_such_move')) {
      return t('views.board.noSuchMove', {from: env.statusName(row.type_id, row.status), to: env.statusName(row.type_id, to)});
    }
    return blockers.length ? describeBlockers(blockers, t, locale, roleName) : '';
  }

  function needsReason(row: ViewRow, to: string): boolean {
    const move = env.config.workflowOf(row.type_id).transitions.find((m) => m.from === row.status && m.to === to);
    return !!move?.guards.some((g) => g.kind === 'comment_required');
  }

  async function send(row: ViewRow, to: string, comment?: string) {
    const r = await write(mutators.request.setStatus({id: row.id, from: row.status, to, at: Date.now(), ...(comment && {comment, commentId: uuidv7()})}));
    if (!r.ok) return refuse(row, to, r.message);
    setAsking(null);
    setNotice({kind: 'moved', requestId: row.id, text: t('views.board.moved', {number: number(row), status: env.statusName(row.type_id, to)})});
  }

  function attempt(row: ViewRow, to: string) {
    if (to === row.status) return;
    const reasons = why(row, to);
    if (reasons) return refuse(row, to, reasons);
    if (needsReason(row, to)) return setAsking({row, to});
    void send(row, to);
  }

  return {
    attempt,
    why,
    notice,
    dismiss: () => setNotice(null),
    asking,
    cancelAsking: () => setAsking(null),
    sendWithReason: (reason: string) => asking && send(asking.row, asking.to, reason),
  };
}
