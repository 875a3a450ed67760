// The approval chain editor (invoices; documents have their own tab): each
// step's name, who decides it (a role's holders or one person), its group
// (steps of one group are decided in parallel, groups in order), the amount
// from which it applies, and whether it applies only past a line's limit.
// The chain being edited is a draft on the device until it is saved.
import {useQuery} from '@rocicorp/zero/react';
import {useState} from 'react';
import type {ChainStepJson} from '#schema/tables/finance.ts';
import {chainSchema, DEFAULT_DOCUMENT_CHAIN, DEFAULT_INVOICE_CHAIN} from '#shared/finance/chain.ts';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {useRoleName} from '../requests/use-role-name.ts';
import {usePeople} from '../tasks/use-tasks.ts';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';
import {ChainStepRow} from './chain-step.tsx';

type Which = 'invoice' | 'document';

export function ChainEditor() {
  const {t} = useI18n();
  const write = useWrite();
  const roleName = useRoleName();
  const people = usePeople();
  const [roles] = useQuery(queries.team.roles());
  const [settings] = useQuery(queries.finance.settings());
  const [which, setWhich] = useState<Which>('invoice');
  const saved = {
    invoice: (settings?.invoice_chain as readonly ChainStepJson[] | undefined) ?? DEFAULT_INVOICE_CHAIN,
    document: (settings?.document_chain as readonly ChainStepJson[] | undefined) ?? DEFAULT_DOCUMENT_CHAIN,
  };
  const [draft, setDraft, clearDraft] = useDraft(`fin-chain.${which}`, {json: ''});
  const [error, setError] = useState<string>();
  const steps: ChainStepJson[] = draft.json ? (JSON.parse(draft.json) as ChainStepJson[]) : [...saved[which]];
  const change = (next: ChainStepJson[]) => setDraft({json: JSON.stringify(next)});

  async function save() {
    const parsed = chainSchema.safeParse(steps);
    if (!parsed.success) return setError(t((parsed.error.issues[0]?.message ?? 'v.invalid') as never));
    const r = await write(
      mutators.financeSettings.save({
        invoiceChain: which === 'invoice' ? steps : [...saved.invoice],
        documentChain: which === 'document' ? steps : [...saved.document],
        remindDays: settings?.remind_days ?? 3,
      }),
    );
    setError(r.ok ? undefined : r.message);
    if (r.ok) clearDraft();
  }
  const nextKey = () => {
    let i = steps.length + 1;
    while (steps.some((s) => s.key === `step_${i}`)) i++;
    return `step_${i}`;
  };
  return (
    <section className="panel chain-editor" data-testid="chain-editor">
      <h2>{t('fin.chain')}</h2>
      <div className="mode-switch">
        {(['invoice', 'document'] as const).map((w) => (
          <button key={w} type="button" className={w === which ? 'active' : ''} aria-pressed={w === which} onClick={() => setWhich(w)}>
            {t(`fin.chainOf.${w}`)}
          </button>
        ))}
      </div>
      <p className="muted">{t('fin.chainHint')}</p>
      <ol className="chain-steps">
        {steps.map((s, i) => (
          <ChainStepRow
            key={s.key}
            step={s}
            roles={[...new Set([...roles.map((r) => r.key), ...(s.role ? [s.role] : [])])].map((key) => ({key, name: roleName(key)}))}
            people={people.list.filter((m) => m.active)}
            onChange={(next) => change(steps.map((x, j) => (j === i ? next : x)))}
            onRemove={() => change(steps.filter((_, j) => j !== i))}
          />
        ))}
      </ol>
      <button type="button" onClick={() => change([...steps, {key: nextKey(), name: '', role: 'head', group: steps.length}])}>
        + {t('fin.addStep')}
      </button>
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
      <div className="form-actions">
        {draft.json ? (
          <button type="button" onClick={clearDraft}>
            {t('action.cancel')}
          </button>
        ) : null}
        <button type="button" className="primary" disabled={!draft.json} onClick={() => void save()}>
          {t('action.save')}
        </button>
      </div>
    </section>
  );
}
