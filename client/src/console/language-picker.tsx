import {LOCALES, LOCALE_NAMES} from '#shared/i18n/locales.ts';
import {useConsole} from './console-i18n.tsx';

export function LanguagePicker() {
  const {locale, setLocale, tr} = useConsole();
  return (
    <select className="cn-lang" aria-label={tr('settings.language')} value={locale} onChange={(e) => setLocale(e.target.value as typeof locale)}>
      {LOCALES.map((l) => (
        <option key={l} value={l}>
          {LOCALE_NAMES[l]}
        </option>
      ))}
    </select>
  );
}
