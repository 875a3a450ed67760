// Dragging a card between the board's columns with pointer events: a mouse
// drags the whole card; a finger or a pen drags it by its handle (the rest of
// the card scrolls the board as usual, so the handle alone has
// `touch-action: none`). A copy of the card follows the pointer; the column
// under it is highlighted; near the board's edge the board scrolls. The move
// itself is decided by the caller (workflow guards), on drop.
import {useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject} from 'react';

const THRESHOLD = 6;
const EDGE = 48;

type Pending = {
  id: string;
  pointerId: number;
  startX: number;
  startY: number;
  card: HTMLElement;
  dragging: boolean;
  ghost?: HTMLElement;
  dx: number;
  dy: number;
  x: number;
  y: number;
};

export type DragState = {id: string; over: string | null} | null;

export function useBoardDrag(scroller: RefObject<HTMLElement | null>, onDrop: (id: string, toStatus: string) => void) {
  const [drag, setDrag] = useState<DragState>(null);
  const pending = useRef<Pending | null>(null);
  const frame = useRef(0);
  const dropRef = useRef(onDrop);
  dropRef.current = onDrop;

  const columnAt = (x: number, y: number): string | null =>
    (document.elementFromPoint(x, y)?.closest('[data-column-status]') as HTMLElement | null)?.dataset.columnStatus ?? null;

  const finish = useCallback((drop: boolean) => {
    const p = pending.current;
    pending.current = null;
    cancelAnimationFrame(frame.current);
    document.body.classList.remove('board-dragging');
    if (!p) return;
    p.ghost?.remove();
    if (p.dragging) {
      // The click that ends a drag must not open the card it started on.
      const swallow = (e: Event) => {
        e.stopPropagation();
        e.preventDefault();
      };
      window.addEventListener('click', swallow, {capture: true, once: true});
      setTimeout(() => window.removeEventListener('click', swallow, {capture: true}), 0);
      const over = columnAt(p.x, p.y);
      setDrag(null);
      if (drop && over) dropRef.current(p.id, over);
    }
  }, []);

  useEffect(() => {
    const move = (e: PointerEvent) => {
      const p = pending.current;
      if (!p || e.pointerId !== p.pointerId) return;
      p.x = e.clientX;
      p.y = e.clientY;
      if (!p.dragging) {
        if (Math.hypot(e.clientX - p.startX, e.clientY - p.startY) < THRESHOLD) return;
        p.dragging = true;
        const rect = p.card.getBoundingClientRect();
        p.dx = p.startX - rect.left;
        p.dy = p.startY - rect.top;
        const ghost = p.card.cloneNode(true) as HTMLElement;
        ghost.classList.add('drag-ghost');
        ghost.removeAttribute('data-request-id');
        ghost.setAttribute('aria-hidden', 'true');
        ghost.style.width = `${rect.width}px`;
        document.body.append(ghost);
        p.ghost = ghost;
        document.body.classList.add('board-dragging');
        const autoScroll = () => {
          const box = scroller.current;
          const cur = pending.current;
          if (!box || !cur?.dragging) return;
          const r = box.getBoundingClientRect();
          if (cur.x < r.left + EDGE) box.scrollLeft -= 14;
          else if (cur.x > r.right - EDGE) box.scrollLeft += 14;
          frame.current = requestAnimationFrame(autoScroll);
        };
        frame.current = requestAnimationFrame(autoScroll);
      }
      e.preventDefault();
      if (p.ghost) p.ghost.style.transform = `translate(${e.clientX - p.dx}px, ${e.clientY - p.dy}px) rotate(2deg)`;
      const over = columnAt(e.clientX, e.clientY);
      setDrag((d) => (d && d.id === p.id && d.over === over ? d : {id: p.id, over}));
    };
    const up = (e: PointerEvent) => {
      if (pending.current && e.pointerId === pending.current.pointerId) finish(true);
    };
    const cancel = (e: PointerEvent) => {
      if (pending.current && e.pointerId === pending.current.pointerId) finish(false);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && pending.current) finish(false);
    };
    window.addEventListener('pointermove', move, {passive: false});
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
    window.addEventListener('keydown', escape);
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
      window.removeEventListener('keydown', escape);
      finish(false);
    };
  }, [finish, scroller]);

  /** Spread on a card: starts watching a press that may become a drag. */
  const handleProps = (id: string) => ({
    onPointerDown: (e: ReactPointerEvent<HTMLElement>) => {
      if (e.button !== 0 || pending.current) return;
      const target = e.target as HTMLElement;
      const onHandle = !!target.closest('.drag-handle');
      if (!onHandle && (e.pointerType !== 'mouse' || target.closest('button, summary, input, select, textarea, .pick-menu'))) return;
      if (onHandle) e.preventDefault();
      pending.current = {
        id,
        pointerId: e.pointerId,
        startX: e.clientX,
        startY: e.clientY,
        x: e.clientX,
        y: e.clientY,
        card: e.currentTarget,
        dragging: false,
        dx: 0,
        dy: 0,
      };
    },
  });

  return {drag, handleProps};
}
