// A counterparty's fields as typed — name, BIN/IIN, IBAN, BIK, bank, contact —
// with the BIN/IIN and IBAN checks of shared/finance/kz.ts said under the
// field while the person types (the server refuses with the same checks).
import {isValidBik, isValidBinIin, isValidIbanKz} from '#shared/finance/kz.ts';
import type {MessageKey} from '#shared/i18n/catalog.ts';
import {useT} from '../i18n/i18n.tsx';
import {TextField} from '../ui/field.tsx';

export const NO_COUNTERPARTY = {name: '', bin: '', iban: '', bik: '', bank: '', contact: ''};
export type CounterpartyDraft = typeof NO_COUNTERPARTY;

/** What is wrong with the typed details (message keys by field); empty when they may be saved. */
export function counterpartyProblems(d: CounterpartyDraft): Partial<Record<'bin' | 'iban' | 'bik', MessageKey>> {
  return {
    ...(d.bin.trim() && !isValidBinIin(d.bin.trim()) ? {bin: 'finance.v.bin' as const} : {}),
    ...(d.iban.trim() && !isValidIbanKz(d.iban) ? {iban: 'finance.v.iban' as const} : {}),
    ...(d.bik.trim() && !isValidBik(d.bik) ? {bik: 'finance.v.bik' as const} : {}),
  };
}

type Props = {draft: CounterpartyDraft; set: (patch: Partial<CounterpartyDraft>) => void; errors?: Record<string, string>};

export function CounterpartyFields({draft, set, errors = {}}: Props) {
  const t = useT();
  const problems = counterpartyProblems(draft);
  // A half-typed number is not an error yet: said once it has its full length.
  const binError = draft.bin.replace(/\D/g, '').length >= 12 && problems.bin ? t(problems.bin) : undefined;
  const ibanError = draft.iban.replace(/\s/g, '').length >= 20 && problems.iban ? t(problems.iban) : undefined;
  return (
    <div className="details-grid counterparty-fields">
      <TextField label={t('fin.cp.name')} value={draft.name} onChange={(e) => set({name: e.target.value})} error={errors.name} maxLength={300} required />
      <TextField
        label={t('fin.cp.bin')}
        inputMode="numeric"
        value={draft.bin}
        maxLength={12}
        onChange={(e) => set({bin: e.target.value})}
        error={errors.bin ?? binError}
        hint={draft.bin && !problems.bin ? t('fin.cp.binOk') : undefined}
      />
      <TextField
        label={t('fin.cp.iban')}
        value={draft.iban}
        maxLength={34}
        onChange={(e) => set({iban: e.target.value.toUpperCase()})}
        error={errors.iban ?? ibanError}
        hint={draft.iban && !problems.iban ? t('fin.cp.ibanOk') : undefined}
      />
      <TextField
        label={t('fin.cp.bik')}
        value={draft.bik}
        maxLength={11}
        onChange={(e) => set({bik: e.target.value.toUpperCase()})}
        error={errors.bik ?? (draft.bik.length >= 8 && problems.bik ? t(problems.bik) : undefined)}
      />
      <TextField label={t('fin.cp.bank')} value={draft.bank} onChange={(e) => set({bank: e.target.value})} error={errors.bank} />
      <TextField label={t('fin.cp.contact')} value={draft.contact} onChange={(e) => set({contact: e.target.value})} error={errors.contact} />
    </div>
  );
}
