// The moves a lifecycle offers from here, each a button disabled with its
// reasons listed under the buttons before the click (the engine's blockers, in
// the reader's words): shared by the invoice and document cards.
import type {Blocker} from '#shared/workflow/engine.ts';
import {describeBlockers} from '#shared/workflow/describe.ts';
import type {Transition} from '#shared/workflow/types.ts';
import {useI18n} from '../i18n/i18n.tsx';

type Props = {
  moves: readonly Transition[];
  blockersOf: (to: string) => Blocker[];
  label: (m: Transition) => string;
  /** The moves shown as the main action. */
  primary: readonly string[];
  /** Prefix of the reasons' ids (unique on the page). */
  idPrefix: string;
  onPick: (m: Transition) => void;
};

export function MoveButtons({moves, blockersOf, label, primary, idPrefix, onPick}: Props) {
  const {t, locale} = useI18n();
  return (
    <>
      <div className="chips">
        {moves.map((m) => {
          const blockers = blockersOf(m.to);
          return (
            <button
              key={m.to}
              type="button"
              className={primary.includes(m.to) ? 'primary status-move' : 'status-move'}
              data-to={m.to}
              disabled={blockers.length > 0}
              aria-describedby={blockers.length ? `${idPrefix}-${m.to}` : undefined}
              onClick={() => onPick(m)}
            >
              {label(m)}
            </button>
          );
        })}
      </div>
      <ul className="why-list">
        {moves.map((m) => {
          const blockers = blockersOf(m.to);
          return blockers.length ? (
            <li key={m.to} id={`${idPrefix}-${m.to}`}>
              <strong>{label(m)}:</strong> {describeBlockers(blockers, t, locale)}
            </li>
          ) : null;
        })}
      </ul>
    </>
  );
}
