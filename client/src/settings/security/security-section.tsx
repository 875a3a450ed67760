// Settings → Security (issue 19): one's own sign-ins and the second factor, for every member.
import {useI18n} from '../../i18n/i18n.tsx';
import {Sessions} from './sessions.tsx';
import {TwoFactor} from './two-factor.tsx';
import './security.css';

export function SecuritySection() {
  const {t} = useI18n();
  return (
    <section className="panel security-section">
      <h2>{t('sec.title')}</h2>
      <TwoFactor />
      <Sessions />
    </section>
  );
}
