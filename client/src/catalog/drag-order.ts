// Drag to reorder, with a finger or a mouse: pointer events on a handle (HTML5
// drag-and-drop does not work on touch screens). The list renders a drop line
// where the row would land; the drop is one write (see shared/catalog/position.ts).
import {useCallback, useRef, useState, type PointerEvent} from 'react';

export type DragState = {id: string; over: number} | null;

export function useDragOrder(ids: readonly string[], onDrop: (id: string, toIndex: number) => void) {
  const [drag, setDrag] = useState<DragState>(null);
  const list = useRef<HTMLElement | null>(null);

  const indexAt = useCallback((y: number, dragged: string) => {
    const rows = [...(list.current?.querySelectorAll<HTMLElement>('[data-row-id]') ?? [])].filter((r) => r.dataset.rowId !== dragged);
    const i = rows.findIndex((r) => {
      const box = r.getBoundingClientRect();
      return y < box.top + box.height / 2;
    });
    return i < 0 ? rows.length : i;
  }, []);

  const handleProps = (id: string) => ({
    onPointerDown(e: PointerEvent<HTMLElement>) {
      if (e.button !== 0) return;
      e.preventDefault();
      (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
      setDrag({id, over: ids.indexOf(id)});
    },
    onPointerMove(e: PointerEvent<HTMLElement>) {
      if (drag?.id !== id) return;
      const over = indexAt(e.clientY, id);
      if (over !== drag.over) setDrag({id, over});
    },
    onPointerUp() {
      if (drag?.id === id) onDrop(id, drag.over);
      setDrag(null);
    },
    onPointerCancel() {
      setDrag(null);
    },
    style: {touchAction: 'none' as const, cursor: 'grab'},
  });

  return {list, drag, handleProps};
}
