// The moves of a workflow draft: from → to, who may make each, and the
// conditions it needs (fields filled, a kind of file attached, the checklist
// done, a reason given) — the same guards the card explains and the server checks.
import {stepRoles} from '#shared/team/rules.ts';
import {useQuery} from '@rocicorp/zero/react';
import {useEffect, useState} from 'react';
import {queries} from '#shared/queries/index.ts';
import type {FieldDef} from '#shared/workflow/fields.ts';
import {localizedText} from '#shared/workflow/resolve.ts';
import type {Guard, Transition, Workflow} from '#shared/workflow/types.ts';
import {addTransition, newGuard, removeTransition, updateTransition} from '#shared/workflow/workflow-edit.ts';
import {useI18n} from '../../i18n/i18n.tsx';
import {REQUEST_FILE_KINDS} from '../../requests/files.tsx';
import {useRoleName} from '../../requests/use-role-name.ts';

type Props = {
  workflow: Workflow;
  onChange: (w: Workflow) => void;
  fields: readonly FieldDef[];
  errors: Record<string, string>;
};

const GUARD_KINDS: readonly Guard['kind'][] = ['fields_filled', 'file_attached', 'checklist_complete', 'comment_required', 'tasks_done'];

export function TransitionEditor({workflow: w, onChange, fields, errors}: Props) {
  const {t, locale} = useI18n();
  const roleName = useRoleName();
  const [roles] = useQuery(queries.team.roles());
  const [fromPick, setFrom] = useState(w.statuses[0]?.key ?? '');
  const [toPick, setTo] = useState(w.statuses[1]?.key ?? '');
  // A picked status may have been removed meanwhile: fall back to what the select shows.
  const exists = (key: string) => w.statuses.some((s) => s.key === key);
  const from = exists(fromPick) ? fromPick : (w.statuses[0]?.key ?? '');
  const to = exists(toPick) ? toPick : (w.statuses[1]?.key ?? '');
  // Open moves by their ends, not their place: removing one must not open its neighbour.
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const pairOf = (tr: Pick<Transition, 'from' | 'to'>) => `${tr.from}\u0000${tr.to}`;
  const toggle = (pair: string, on: boolean) =>
    setOpened((prev) => {
      if (prev.has(pair) === on) return prev;
      const next = new Set(prev);
      if (on) next.add(pair);
      else next.delete(pair);
      return next;
    });
  // A move with a problem opens to show it, and stays open once the problem is fixed.
  const problemPairs = Object.keys(errors)
    .map((k) => /^transitions\.(\d+)/.exec(k)?.[1])
    .flatMap((i) => (i !== undefined && w.transitions[Number(i)] ? [pairOf(w.transitions[Number(i)]!)] : []))
    .join('|');
  useEffect(() => {
    if (problemPairs) setOpened((prev) => new Set([...prev, ...problemPairs.split('|')]));
  }, [problemPairs]);
  const name = (key: string) => {
    const s = w.statuses.find((x) => x.key === key);
    return s ? localizedText(s.name, locale) || key : key;
  };
  const pickable = stepRoles(roles);
  const setGuards = (i: number, guards: Guard[]) => onChange(updateTransition(w, i, {guards}));

  function guardControls(tr: Transition, i: number, g: Guard, gi: number) {
    const replace = (next: Guard) =>
      setGuards(
        i,
        tr.guards.map((x, j) => (j === gi ? next : x)),
      );
    switch (g.kind) {
      case 'fields_filled': {
        // A field archived since stays listed while the guard names it, so it can be unticked.
        const gone = g.fields.filter((k) => !fields.some((f) => f.key === k)).map((key) => ({key, label: {ru: key, kk: '', en: ''}}));
        const shown = [...fields, ...gone];
        return shown.length ? (
          <div className="checks">
            {shown.map((f) => (
              <label key={f.key} className="check">
                <input
                  type="checkbox"
                  checked={g.fields.includes(f.key)}
                  onChange={(e) => replace({...g, fields: e.target.checked ? [...g.fields, f.key] : g.fields.filter((k) => k !== f.key)})}
                />
                {localizedText(f.label, locale)}
              </label>
            ))}
          </div>
        ) : (
          <p className="field-hint">{t('rs.guard.noFields')}</p>
        );
      }
      case 'file_attached':
        return (
          <div className="field">
            <label htmlFor={`rs-fk-${i}-${gi}`}>{t('rs.guard.fileKind')}</label>
            <select id={`rs-fk-${i}-${gi}`} value={g.fileKind} onChange={(e) => replace({...g, fileKind: e.target.value})}>
              {REQUEST_FILE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`fileKind.${k}`)}
                </option>
              ))}
            </select>
          </div>
        );
      default:
        return null;
    }
  }

  return (
    <section className="panel">
      <h2>{t('rs.transitions')}</h2>
      <p className="field-hint">{t('rs.transitions.hint')}</p>
      <ul className="rs-transitions">
        {w.transitions.map((tr, i) => {
          const who = tr.roles.length ? tr.roles.map(roleName).join(', ') : t('rs.transition.anyone');
          const what = tr.guards.length ? tr.guards.map((g) => t(`rs.guard.${g.kind}`)).join(', ') : t('rs.transition.noGuards');
          const problems = Object.entries(errors).filter(([k]) => k === `transitions.${i}` || k.startsWith(`transitions.${i}.`));
          return (
            <li key={`${pairOf(tr)}${i}`} className="rs-transition" data-from={tr.from} data-to={tr.to}>
              <details open={opened.has(pairOf(tr))} onToggle={(e) => toggle(pairOf(tr), e.currentTarget.open)}>
                <summary>
                  <b>
                    {name(tr.from)} → {name(tr.to)}
                  </b>
                  <span className="muted small">
                    {' '}
                    · {who} · {what}
                  </span>
                </summary>
                {problems.map(([k, m]) => (
                  <div key={k} className="field-error" role="alert">
                    {m}
                  </div>
                ))}
                <fieldset className="rs-roles">
                  <legend className="label">{t('rs.transition.roles')}</legend>
                  <div className="checks">
                    {pickable.map((r) => (
                      <label key={r.key} className="check">
                        <input
                          type="checkbox"
                          checked={tr.roles.includes(r.key)}
                          onChange={(e) =>
                            onChange(updateTransition(w, i, {roles: e.target.checked ? [...tr.roles, r.key] : tr.roles.filter((k) => k !== r.key)}))
                          }
                        />
                        {roleName(r.key)}
                      </label>
                    ))}
                  </div>
                  <p className="field-hint">{t('rs.transition.rolesHint')}</p>
                </fieldset>
                <fieldset className="rs-guards">
                  <legend className="label">{t('rs.transition.guards')}</legend>
                  <ul>
                    {tr.guards.map((g, gi) => (
                      <li key={gi} className="rs-guard" data-guard={g.kind}>
                        <div className="rs-guard-head">
                          <b>{t(`rs.guard.${g.kind}`)}</b>
                          <button
                            type="button"
                            className="link"
                            onClick={() =>
                              setGuards(
                                i,
                                tr.guards.filter((_, j) => j !== gi),
                              )
                            }
                          >
                            {t('rs.guard.remove')}
                          </button>
                        </div>
                        {guardControls(tr, i, g, gi)}
                      </li>
                    ))}
                  </ul>
                  <select
                    aria-label={t('rs.transition.addGuard')}
                    value=""
                    onChange={(e) => {
                      const kind = e.target.value as Guard['kind'];
                      if (kind) setGuards(i, [...tr.guards, newGuard(kind)]);
                    }}
                  >
                    <option value="">{t('rs.transition.addGuard')}</option>
                    {GUARD_KINDS.filter((k) => k === 'fields_filled' || k === 'file_attached' || !tr.guards.some((g) => g.kind === k)).map((k) => (
                      <option key={k} value={k}>
                        {t(`rs.guard.${k}`)}
                      </option>
                    ))}
                  </select>
                </fieldset>
                <button type="button" className="link rs-danger" onClick={() => onChange(removeTransition(w, i))}>
                  {t('rs.transition.remove')}
                </button>
              </details>
            </li>
          );
        })}
      </ul>
      <div className="rs-add-row">
        <div className="field">
          <label htmlFor="rs-tr-from">{t('rs.transition.from')}</label>
          <select id="rs-tr-from" value={from} onChange={(e) => setFrom(e.target.value)}>
            {w.statuses.map((s) => (
              <option key={s.key} value={s.key}>
                {name(s.key)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rs-tr-to">{t('rs.transition.to')}</label>
          <select id="rs-tr-to" value={to} onChange={(e) => setTo(e.target.value)}>
            {w.statuses.map((s) => (
              <option key={s.key} value={s.key}>
                {name(s.key)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          disabled={!from || !to || from === to || w.transitions.some((x) => x.from === from && x.to === to)}
          onClick={() => {
            onChange(addTransition(w, from, to));
            toggle(pairOf({from, to}), true);
          }}
        >
          + {t('rs.transition.add')}
        </button>
      </div>
    </section>
  );
}
