// A filter button that opens a list of checkboxes (type, priority, …). Built
// on <details>, so it opens with Enter/Space and works without a script of
// its own; a click outside or Escape closes it.
import {useEffect, useRef, type ReactNode} from 'react';
import {useI18n} from '../../i18n/i18n.tsx';

export type PickOption = {value: string; label: string; hint?: string | undefined};

export function useCloseOnOutside(ref: React.RefObject<HTMLDetailsElement | null>) {
  useEffect(() => {
    const close = (e: Event) => {
      const el = ref.current;
      if (!el?.open) return;
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !el.contains(e.target as Node)) {
        el.open = false;
        if (e instanceof KeyboardEvent) el.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, [ref]);
}

/**
 * `floating`: the menu is placed over everything (position: fixed) instead of
 * inside its parent — for menus inside scrolling boxes (a board column), which
 * would cut them off. Such a menu closes when anything scrolls under it.
 */
export function Popover({
  label,
  active,
  className,
  floating = false,
  children,
}: {
  label: ReactNode;
  active: boolean;
  className?: string;
  floating?: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useCloseOnOutside(ref);
  useEffect(() => {
    const el = ref.current;
    if (!floating || !el) return;
    const close = () => {
      if (el.open) el.open = false;
    };
    const place = () => {
      const menu = el.querySelector<HTMLElement>('.pick-menu');
      const at = el.querySelector('summary')?.getBoundingClientRect();
      if (!el.open || !menu || !at) return;
      const width = Math.min(280, window.innerWidth - 16);
      menu.style.width = `${width}px`;
      menu.style.left = `${Math.max(8, Math.min(at.left, window.innerWidth - width - 8))}px`;
      const below = at.bottom + 4;
      const height = menu.offsetHeight;
      menu.style.top = `${below + height > window.innerHeight - 8 && at.top - height - 4 > 8 ? at.top - height - 4 : below}px`;
      window.addEventListener('scroll', close, {capture: true, passive: true, once: true});
    };
    el.addEventListener('toggle', place);
    return () => {
      el.removeEventListener('toggle', place);
      window.removeEventListener('scroll', close, {capture: true});
    };
  }, [floating]);
  return (
    <details ref={ref} className={`pick${active ? ' active' : ''}${floating ? ' floating' : ''}${className ? ` ${className}` : ''}`}>
      <summary className="chip">{label}</summary>
      <div className="pick-menu">{children}</div>
    </details>
  );
}

export function Pick({
  label,
  options,
  selected,
  onChange,
}: {
  label: string;
  options: PickOption[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
}) {
  const {t} = useI18n();
  const set = new Set(selected);
  const summary = selected.length ? `${label} · ${selected.length}` : label;
  return (
    <Popover label={summary} active={selected.length > 0}>
      <fieldset>
        <legend className="pick-legend">
          {label}
          {selected.length ? <span className="muted"> — {t('views.filter.selected', {count: selected.length})}</span> : null}
        </legend>
        {options.map((o) => (
          <label key={o.value} className="pick-option">
            <input
              type="checkbox"
              checked={set.has(o.value)}
              onChange={(e) => onChange(e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value))}
            />
            <span>{o.label}</span>
            {o.hint ? <span className="muted pick-hint">{o.hint}</span> : null}
          </label>
        ))}
      </fieldset>
    </Popover>
  );
}
