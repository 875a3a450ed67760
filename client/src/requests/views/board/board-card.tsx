// A request on the board: what one needs to recognise it, a handle to drag
// it (fingers), and "Move to…" — the keyboard and screen-reader way to do
// the same: every move its workflow has from here, a blocked one explained.
import type {PointerEvent as ReactPointerEvent} from 'react';
import {formatPhone} from '#shared/phone.ts';
import {clientOf, subjectOf} from '#shared/requests/sort.ts';
import {localizedText} from '#shared/workflow/resolve.ts';
import type {Transition} from '#shared/workflow/types.ts';
import {useI18n} from '../../../i18n/i18n.tsx';
import {Link} from '../../../router/router.tsx';
import {usePendingSubjects} from '../../../write/writer.tsx';
import {Popover} from '../pick.tsx';
import type {ViewContext} from '../use-view-env.ts';
import type {ViewRow} from '../use-view-rows.ts';
import {NotAcceptedBadge} from '../../not-accepted-badge.tsx';

type Props = {
  row: ViewRow;
  env: ViewContext;
  selected: boolean;
  dragging: boolean;
  dragProps: {onPointerDown: (e: ReactPointerEvent<HTMLElement>) => void};
  moves: Transition[];
  why: (to: string) => string;
  onMove: (to: string) => void;
};

export function BoardCard({row, env, selected, dragging, dragProps, moves, why, onMove}: Props) {
  const {t, locale} = useI18n();
  const pending = usePendingSubjects();
  const number = row.number ?? '…';
  return (
    <li
      className={`board-card${selected ? ' selected' : ''}${dragging ? ' dragging' : ''}`}
      data-request-id={row.id}
      onDragStart={(e) => e.preventDefault()}
      {...dragProps}
    >
      <div className="board-card-top">
        {/* Fingers drag by the handle; keyboards and screen readers use "Move to…" below. */}
        <span className="drag-handle" aria-hidden="true" title={t('views.board.drag', {number})}>
          ⠿
        </span>
        <span className="row-number">#{number}</span>
        {row.priority === 'urgent' || row.priority === 'high' ? (
          <span className={`badge priority priority-${row.priority}`}>{t(`priority.${row.priority}`)}</span>
        ) : null}
        {pending.has(row.id) ? <span className="badge waiting-badge">{t('outbox.badge')}</span> : null}
        <NotAcceptedBadge request={row} />
      </div>
      <Link href={`/requests/${row.id}`} className="board-card-text" draggable={false}>
        {subjectOf(row) || '—'}
      </Link>
      <div className="board-card-meta muted">
        <span>{clientOf({client_name: row.client_name, client_phone: formatPhone(row.client_phone)})}</span>
        {row.responsible_id ? <span>{env.responsibleName(row.responsible_id)}</span> : null}
      </div>
      {moves.length ? (
        <Popover label={t('views.board.moveTo')} active={false} className="move-menu" floating>
          <ul role="list" aria-label={t('views.board.moveMenu', {number})}>
            {moves.map((m) => {
              const reasons = why(m.to);
              const label = m.label ? localizedText(m.label, locale) : env.statusName(row.type_id, m.to);
              return (
                <li key={m.to}>
                  <button
                    type="button"
                    className={reasons ? 'move-option blocked' : 'move-option'}
                    aria-disabled={reasons ? true : undefined}
                    data-to={m.to}
                    onClick={(e) => {
                      (e.currentTarget.closest('details') as HTMLDetailsElement | null)?.removeAttribute('open');
                      onMove(m.to);
                    }}
                  >
                    <span className="move-dot" style={{background: env.config.status(row.type_id, m.to)?.color}} aria-hidden="true" />
                    {label}
                    {reasons ? <span className="move-why">{reasons}</span> : null}
                  </button>
                </li>
              );
            })}
          </ul>
        </Popover>
      ) : null}
    </li>
  );
}
