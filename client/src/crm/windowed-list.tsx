// A long list (20 000 clients) that renders only the rows on screen, plus a
// margin. Rows have one fixed height; the page itself scrolls (phone and
// desktop alike), so the window's scroll position decides what is shown.
import {useLayoutEffect, useRef, useState, type ReactNode} from 'react';

const MARGIN_ROWS = 8;

type Props<T> = {
  items: readonly T[];
  rowHeight: number;
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
  label: string;
};

export function WindowedList<T>({items, rowHeight, keyOf, render, label}: Props<T>) {
  const ref = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState({start: 0, end: 40});

  useLayoutEffect(() => {
    let frame = 0;
    const update = () => {
      const el = ref.current;
      if (!el) return;
      const top = el.getBoundingClientRect().top;
      const start = Math.max(0, Math.floor(-top / rowHeight) - MARGIN_ROWS);
      const end = Math.min(items.length, Math.ceil((window.innerHeight - top) / rowHeight) + MARGIN_ROWS);
      setRange((r) => (r.start === start && r.end === end ? r : {start, end}));
    };
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, {passive: true});
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [items.length, rowHeight]);

  const shown = items.slice(range.start, Math.max(range.end, range.start));
  return (
    <div ref={ref} className="windowed" role="list" aria-label={label} style={{height: items.length * rowHeight}}>
      {shown.map((item, i) => (
        <div
          key={keyOf(item)}
          role="listitem"
          aria-posinset={range.start + i + 1}
          aria-setsize={items.length}
          className="windowed-row"
          style={{transform: `translateY(${(range.start + i) * rowHeight}px)`, height: rowHeight}}
        >
          {render(item)}
        </div>
      ))}
    </div>
  );
}
