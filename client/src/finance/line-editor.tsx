// A budget line made or changed: its expense item, project, branch, the
// person who answers for it, the plan and (optionally) a limit past which an
// invoice needs the extra approval. Typed values are kept as a draft.
import {useQuery} from '@rocicorp/zero/react';
import {useState, type FormEvent} from 'react';
import {uuidv7} from 'uuidv7';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {issuesByField} from '#shared/validation/describe.ts';
import {useT} from '../i18n/i18n.tsx';
import {usePeople} from '../tasks/use-tasks.ts';
import {TextField} from '../ui/field.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';
import {amountText, parseAmount} from './money.ts';
import type {LineRow} from './use-finance.ts';

type Props = {period: string; line?: LineRow | undefined; onDone: () => void};

export function LineEditor({period, line, onDone}: Props) {
  const t = useT();
  const write = useWrite();
  const people = usePeople();
  const [items] = useQuery(queries.finance.items());
  const empty = {
    itemId: line?.item_id ?? '',
    project: line?.project ?? '',
    branch: line?.branch ?? '',
    ownerId: line?.owner_id ?? '',
    plan: amountText(line?.plan),
    limit: amountText(line?.limit_amount),
  };
  const [draft, setDraft, clearDraft] = useDraft(`fin-line.${line?.id ?? period}`, empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [open, setOpen] = useState(!!line);
  if (!open)
    return (
      <button type="button" className="add-line-button" onClick={() => setOpen(true)}>
        + {t('fin.addLine')}
      </button>
    );

  async function submit(e: FormEvent) {
    e.preventDefault();
    const plan = parseAmount(draft.plan);
    const limit = draft.limit.trim() ? parseAmount(draft.limit) : null;
    const local: Record<string, string> = {};
    if (!draft.itemId) local.itemId = t('v.required');
    if (plan === null) local.plan = t('fin.amountInvalid');
    if (draft.limit.trim() && limit === null) local.limit = t('fin.amountInvalid');
    if (Object.keys(local).length) return setErrors(local);
    const r = await write(
      mutators.budget.saveLine({
        id: line?.id ?? uuidv7(),
        period: line?.period ?? period,
        itemId: draft.itemId,
        project: draft.project.trim(),
        branch: draft.branch.trim(),
        ...(draft.ownerId ? {ownerId: draft.ownerId} : {}),
        plan: plan!,
        ...(limit !== null ? {limit} : {}),
        createdAt: line?.created_at ?? Date.now(),
      }),
    );
    if (!r.ok) return setErrors({...issuesByField(r.details.fields ?? [], t), form: r.message});
    clearDraft();
    setErrors({});
    setOpen(false);
    onDone();
  }
  const set = (k: keyof typeof empty) => (e: {target: {value: string}}) => setDraft({[k]: e.target.value});
  return (
    <form className="panel line-editor" onSubmit={submit} noValidate>
      <h2>{line ? t('fin.editLine') : t('fin.addLine')}</h2>
      {errors.form ? <div className="alert">{errors.form}</div> : null}
      <div className="details-grid">
        <div className="field">
          <label htmlFor="le-item">{t('fin.field.item')}</label>
          <select id="le-item" value={draft.itemId} onChange={set('itemId')} aria-invalid={errors.itemId ? true : undefined}>
            <option value="">{t('fin.notChosen')}</option>
            {items
              .filter((i) => !i.archived || i.id === draft.itemId)
              .map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
          </select>
          {errors.itemId ? <div className="field-error">{errors.itemId}</div> : null}
        </div>
        <TextField label={t('fin.field.project')} value={draft.project} onChange={set('project')} error={errors.project} />
        <TextField label={t('fin.field.branch')} value={draft.branch} onChange={set('branch')} error={errors.branch} />
        <div className="field">
          <label htmlFor="le-owner">{t('fin.field.owner')}</label>
          <select id="le-owner" value={draft.ownerId} onChange={set('ownerId')}>
            <option value="">{t('fin.notChosen')}</option>
            {people.list
              .filter((m) => m.active)
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
          </select>
        </div>
        <TextField label={t('fin.fig.plan')} inputMode="decimal" value={draft.plan} onChange={set('plan')} error={errors.plan} required />
        <TextField label={t('fin.fig.limit')} inputMode="decimal" value={draft.limit} onChange={set('limit')} error={errors.limit} hint={t('fin.limitHint')} />
      </div>
      <div className="form-actions">
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            onDone();
          }}
        >
          {t('action.cancel')}
        </button>
        <button className="primary">{t('action.save')}</button>
      </div>
    </form>
  );
}
