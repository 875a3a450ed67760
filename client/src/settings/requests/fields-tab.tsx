// A type's own fields, in the order the card shows them (drag, or the arrows),
// each opened in place to edit; archived ones apart with their values kept.
import {useState} from 'react';
import {moveWrites, POSITION_STEP} from '#shared/catalog/position.ts';
import {mutators} from '../../sync/mutators.ts';
import {localizedText} from '#shared/workflow/resolve.ts';
import {SaveLine, type SaveState} from '../../cabinet/save-state.tsx';
import {useDragOrder} from '../../catalog/drag-order.ts';
import {useI18n} from '../../i18n/i18n.tsx';
import type {TypeConfig} from '../../requests/use-request-config.ts';
import {useWrite} from '../../write/writer.tsx';
import {fieldArgs, kindOf} from './field-args.ts';
import {FieldForm} from './field-form.tsx';
import {hasDraft} from './use-json-draft.ts';

export function FieldsTab({type}: {type: TypeConfig}) {
  const {t, locale} = useI18n();
  const write = useWrite();
  // Whatever was being edited when the page was left opens again, unsaved typing and all.
  const [open, setOpen] = useState<string | null>(() =>
    hasDraft(`rs.field.new.${type.id}`) ? 'new' : (type.fieldRows.find((r) => hasDraft(`rs.field.${r.id}`))?.id ?? null),
  );
  const [state, setState] = useState<SaveState>({kind: 'idle'});
  const rows = [...type.fieldRows].sort((a, b) => a.position - b.position);
  const active = rows.filter((r) => r.archived_at === null || r.archived_at === undefined);
  const archived = rows.filter((r) => r.archived_at !== null && r.archived_at !== undefined);
  const statusName = (key: string) => {
    const s = type.workflow.statuses.find((x) => x.key === key);
    return s ? localizedText(s.name, locale) : key;
  };

  async function move(id: string, to: number) {
    for (const w of moveWrites(active, id, to)) {
      const row = active.find((r) => r.id === w.id)!;
      const r = await write(mutators.requestConfig.saveField({...fieldArgs(row, Date.now()), position: w.position}));
      if (!r.ok) return setState({kind: 'error', message: r.message});
    }
    setState({kind: 'idle'});
  }
  async function archive(id: string, on: boolean) {
    const r = await write(mutators.requestConfig.archiveField({id, archived: on, at: Date.now()}));
    setState(r.ok ? {kind: 'idle'} : {kind: 'error', message: r.message});
    if (r.ok && on) setOpen(null);
  }
  const {list, drag, handleProps} = useDragOrder(
    active.map((r) => r.id),
    (id, to) => void move(id, to),
  );
  const formProps = {
    typeId: type.id,
    statuses: type.workflow.statuses,
    takenKeys: rows.map((r) => r.key),
    onDone: () => setOpen(null),
  };

  return (
    <section className="panel">
      <h2>{t('rs.fields.title')}</h2>
      <p className="field-hint">{t('rs.fields.hint')}</p>
      {active.length > 1 ? <p className="field-hint">{t('rs.field.drag')}</p> : null}
      {active.length ? null : <p className="muted">{t('rs.fields.empty')}</p>}
      <ul className="rs-fields" ref={(el) => void (list.current = el)}>
        {active.map((row, index) => {
          const label = localizedText(row.label, locale);
          const before = drag && drag.id !== row.id && active.filter((x) => x.id !== drag.id).indexOf(row) === drag.over;
          return (
            <li
              key={row.id}
              data-row-id={row.id}
              data-field={row.key}
              className={`rs-field${drag?.id === row.id ? ' dragging' : ''}${before ? ' drop-before' : ''}`}
            >
              <div className="rs-field-head">
                <span className="handle" aria-hidden="true" {...handleProps(row.id)}>
                  ⋮⋮
                </span>
                <button type="button" className="rs-field-title" aria-expanded={open === row.id} onClick={() => setOpen(open === row.id ? null : row.id)}>
                  <b>
                    {label} {hasDraft(`rs.field.${row.id}`) ? <span className="badge rs-draft-badge">{t('rs.hasDraft')}</span> : null}
                  </b>
                  <span className="muted small">
                    {t(`rs.kind.${kindOf(row)}`)}
                    {row.required ? ` · ${t('rs.field.requiredBadge')}` : ''}
                    {!row.required && row.required_from ? ` · ${t('rs.field.requiredFromBadge', {status: statusName(row.required_from)})}` : ''}
                  </span>
                </button>
                <span className="order-buttons">
                  <button
                    type="button"
                    className="link"
                    aria-label={`${t('rs.field.up')}: ${label}`}
                    disabled={index === 0}
                    onClick={() => void move(row.id, index - 1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="link"
                    aria-label={`${t('rs.field.down')}: ${label}`}
                    disabled={index === active.length - 1}
                    onClick={() => void move(row.id, index + 1)}
                  >
                    ↓
                  </button>
                </span>
              </div>
              {open === row.id ? (
                <FieldForm key={row.id} row={row} position={row.position} onArchive={() => void archive(row.id, true)} {...formProps} />
              ) : null}
            </li>
          );
        })}
      </ul>
      <SaveLine state={state} />
      {open === 'new' ? (
        <div className="rs-field rs-field-new">
          <h3>{t('rs.field.new')}</h3>
          <FieldForm key="new" position={(active.at(-1)?.position ?? 0) + POSITION_STEP} {...formProps} />
        </div>
      ) : (
        <button type="button" onClick={() => setOpen('new')}>
          + {t('rs.fields.add')}
        </button>
      )}
      {archived.length ? (
        <details className="rs-archived">
          <summary>{t('rs.fields.archived', {count: archived.length})}</summary>
          <ul className="rs-list">
            {archived.map((row) => (
              <li key={row.id} className="rs-type-row" data-field={row.key}>
                <span className="rs-type-link">
                  <b>{localizedText(row.label, locale)}</b>
                  <span className="muted small">{t(`rs.kind.${kindOf(row)}`)}</span>
                </span>
                <button type="button" onClick={() => void archive(row.id, false)}>
                  {t('rs.field.restore')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
