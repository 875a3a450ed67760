// The board: one request type at a time (workflows differ per type), its
// statuses as columns in the workflow's order. Drag a card to another column
// — or use its "Move to…" menu — to change the status; the workflow's guards
// apply, and a refused move says why while the card stays put.
import {useMemo, useRef, useState} from 'react';
import {NONE} from '#shared/requests/filter.ts';
import {runView, type ViewState} from '#shared/requests/view.ts';
import {useI18n} from '../../../i18n/i18n.tsx';
import type {Session} from '../../../session/session.ts';
import type {ViewContext} from '../use-view-env.ts';
import type {ViewRow} from '../use-view-rows.ts';
import {BoardCard} from './board-card.tsx';
import {ReasonDialog} from './reason-dialog.tsx';
import {useBoardDrag} from './use-drag.ts';
import {useMove} from './use-move.ts';

const PAGE = 50;

type Props = {
  rows: readonly ViewRow[];
  view: ViewState;
  env: ViewContext;
  session: Session;
  typeId: string;
  onTypeChange: (typeId: string) => void;
  selectedId?: string | undefined;
};

export function Board({rows, view, env, session, typeId, onTypeChange, selectedId}: Props) {
  const {t} = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const move = useMove(env, session);
  const [limits, setLimits] = useState<Record<string, number>>({});
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  const {drag, handleProps} = useBoardDrag(scroller, (id, to) => {
    const row = byId.get(id);
    if (row) move.attempt(row, to);
  });

  const workflow = env.config.workflowOf(typeId === NONE ? null : typeId);
  // The board shows every status of the type: the view's status filters do not apply, its other filters and its sort do.
  const cards = useMemo(
    () => runView(rows, {filters: {...view.filters, scope: 'all', statuses: [], types: [typeId]}, sort: view.sort}, env),
    [rows, view, env, typeId],
  );
  const columns = useMemo(() => {
    const groups = new Map<string, ViewRow[]>(workflow.statuses.map((s) => [s.key, []]));
    // A status the edited workflow no longer has keeps a column while requests are in it.
    for (const r of cards) {
      if (!groups.has(r.status)) groups.set(r.status, []);
      groups.get(r.status)!.push(r);
    }
    return [...groups];
  }, [cards, workflow]);

  const dragged = drag ? byId.get(drag.id) : undefined;
  const types = env.config.types.filter((ty) => !ty.archived);
  const untyped = rows.some((r) => !r.type_id);

  return (
    <div className="board-view">
      <div className="board-bar">
        <label className="board-type">
          <span>{t('views.board.type')}</span>
          <select value={typeId} onChange={(e) => onTypeChange(e.target.value)}>
            {types.map((ty) => (
              <option key={ty.id} value={ty.id}>
                {ty.name}
              </option>
            ))}
            {untyped ? <option value={NONE}>{t('views.noType')}</option> : null}
          </select>
        </label>
        <span className="muted board-hint">{t('views.board.hint')}</span>
      </div>
      <div className="board-notice" aria-live="polite">
        {move.notice ? (
          <div className={move.notice.kind === 'refused' ? 'alert board-refusal' : 'board-moved'} role={move.notice.kind === 'refused' ? 'alert' : 'status'}>
            <span>{move.notice.text}</span>
            <button type="button" className="link" onClick={move.dismiss} aria-label={t('action.close')}>
              ×
            </button>
          </div>
        ) : null}
      </div>
      <div className="board" ref={scroller}>
        {columns.map(([status, list]) => {
          const s = workflow.statuses.find((x) => x.key === status);
          const limit = limits[status] ?? PAGE;
          const target = drag?.over === status && dragged && dragged.status !== status;
          const blocked = target && dragged ? move.why(dragged, status) : '';
          return (
            <section
              key={status}
              className={`board-column${target ? (blocked ? ' drop-blocked' : ' drop-ok') : ''}`}
              data-column-status={status}
              aria-label={env.statusName(typeId === NONE ? null : typeId, status)}
              style={{['--status-color' as string]: s?.color ?? '#64748b'}}
            >
              <header className="board-column-head">
                <span className="board-dot" aria-hidden="true" />
                <h2>{env.statusName(typeId === NONE ? null : typeId, status)}</h2>
                <span className="chip-count">{list.length}</span>
              </header>
              <ol className="board-cards">
                {list.slice(0, limit).map((r) => (
                  <BoardCard
                    key={r.id}
                    row={r}
                    env={env}
                    selected={r.id === selectedId}
                    dragging={drag?.id === r.id}
                    dragProps={handleProps(r.id)}
                    moves={workflow.transitions.filter((m) => m.from === r.status)}
                    why={(to) => move.why(r, to)}
                    onMove={(to) => move.attempt(r, to)}
                  />
                ))}
              </ol>
              {list.length > limit ? (
                <button type="button" className="link board-more" onClick={() => setLimits((l) => ({...l, [status]: limit + PAGE}))}>
                  {t('views.board.more', {count: Math.min(PAGE, list.length - limit)})}
                </button>
              ) : null}
              {!list.length ? <p className="muted board-empty">{t('views.board.empty')}</p> : null}
            </section>
          );
        })}
      </div>
      {move.asking ? (
        <ReasonDialog
          title={t('views.board.reasonFor', {status: env.statusName(move.asking.row.type_id, move.asking.to)})}
          confirm={env.statusName(move.asking.row.type_id, move.asking.to)}
          onCancel={move.cancelAsking}
          onConfirm={(reason) => void move.sendWithReason(reason)}
        />
      ) : null}
    </div>
  );
}
