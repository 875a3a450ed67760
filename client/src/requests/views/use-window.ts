// Rows of equal height in a scrolling box: only those in sight (and a screen
// more) are in the DOM, so 10 000 requests cost what 40 do. Short lists are
// rendered whole — windowing would only make the browser's find-in-page and
// screen readers see less, for nothing.
import {useLayoutEffect, useState, type RefObject} from 'react';

export const WINDOW_FROM = 150;

export function useWindow(count: number, rowHeight: number, scrollRef: RefObject<HTMLElement | null>, overscan = 12): {start: number; end: number} {
  const windowed = count > WINDOW_FROM;
  const [range, setRange] = useState({start: 0, end: Math.min(count, 60)});
  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!windowed || !box) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const first = Math.floor(box.scrollTop / rowHeight);
      const inSight = Math.ceil(box.clientHeight / rowHeight) + 1;
      const start = Math.max(0, first - overscan);
      const end = Math.min(count, first + inSight + overscan);
      setRange((r) => (r.start === start && r.end === end ? r : {start, end}));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    box.addEventListener('scroll', schedule, {passive: true});
    const resize = new ResizeObserver(schedule);
    resize.observe(box);
    return () => {
      box.removeEventListener('scroll', schedule);
      resize.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [count, rowHeight, windowed, overscan, scrollRef]);
  return windowed ? {start: Math.min(range.start, count), end: Math.min(range.end, count)} : {start: 0, end: count};
}
