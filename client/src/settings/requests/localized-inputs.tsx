// One text a company writes once per language: Russian first (required where
// the schema says so), Kazakh and English folded away until wanted — open at
// once when they hold something or have a problem.
import type {Locale} from '#shared/i18n/locales.ts';
import type {Localized} from '#shared/workflow/types.ts';
import {useI18n} from '../../i18n/i18n.tsx';
import {TextArea, TextField} from '../../ui/field.tsx';

type Props = {
  label: string;
  value: Localized;
  onChange: (next: Localized) => void;
  errors?: Partial<Record<Locale, string | undefined>>;
  multiline?: boolean;
  disabled?: boolean;
  /** Only the translations, when the Russian input sits elsewhere (a status row). */
  only?: readonly Locale[];
};

export function useLangLabel(): (label: string, lang: Locale) => string {
  const {t} = useI18n();
  return (label, lang) => t('rs.inLang', {field: label, lang: t(`rs.lang.${lang}`)});
}

export function LocalizedInputs({label, value, onChange, errors = {}, multiline, disabled, only}: Props) {
  const {t} = useI18n();
  const langLabel = useLangLabel();
  const input = (lang: Locale) => {
    const common = {
      label: langLabel(label, lang),
      value: value[lang] ?? '',
      error: errors[lang],
      disabled,
      lang,
    };
    return multiline ? (
      <TextArea key={lang} {...common} rows={3} onChange={(e) => onChange({...value, [lang]: e.target.value})} />
    ) : (
      <TextField key={lang} {...common} onChange={(e) => onChange({...value, [lang]: e.target.value})} />
    );
  };
  // Folded even when filled (a status list stays short); a problem in a translation unfolds it.
  const open = !!(errors.kk || errors.en);
  const filled = (['kk', 'en'] as const).filter((l) => value[l]?.trim()).map((l) => t(`rs.lang.${l}`));
  return (
    <div className="rs-localized">
      {only && !only.includes('ru') ? null : input('ru')}
      <details className="rs-translations" open={open || undefined}>
        <summary>
          {t('rs.translations')}
          {filled.length ? <span className="muted"> · ✓ {filled.join(', ')}</span> : null}
        </summary>
        {input('kk')}
        {input('en')}
      </details>
    </div>
  );
}
