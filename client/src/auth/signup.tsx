// Registering a company and its owner.
import {useState, type FormEvent} from 'react';
import {BUSINESS_KINDS, type BusinessKind} from '#shared/company/business-kinds.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {TextField} from '../ui/field.tsx';
import {AccountFields, FormError, type Props, useSubmit} from './auth-parts.tsx';

export function Signup({onSignedIn}: Props) {
  const {t} = useI18n();
  const [v, setV] = useState({companyName: '', kind: 'other' as BusinessKind, name: '', email: '', password: ''});
  const {busy, error, submit, fields} = useSubmit(onSignedIn);
  const set = (k: keyof typeof v) => (e: {target: {value: string}}) => setV({...v, [k]: e.target.value});
  return (
    <form
      className="auth-card"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void submit('/auth/signup', v);
      }}
    >
      <h1>{t('auth.signup.title')}</h1>
      <FormError error={error} />
      {/* Sign-up closed in the platform's settings: the way in is a request to connect (a server page, not the app's). */}
      {error?.code === 'signup_closed' ? (
        <p>
          <a href="/connect">{t('announce.connectLink')}</a>
        </p>
      ) : null}
      <TextField label={t('field.companyName')} value={v.companyName} onChange={set('companyName')} error={fields.companyName} autoComplete="organization" />
      <div className="field">
        <label htmlFor="signup-kind">{t('field.kind')}</label>
        <select id="signup-kind" value={v.kind} onChange={(e) => setV({...v, kind: e.target.value as BusinessKind})} aria-describedby="signup-kind-hint">
          {BUSINESS_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`business.${k}`)}
            </option>
          ))}
        </select>
        <div className="field-hint" id="signup-kind-hint">
          {t('field.kindHint')}
        </div>
      </div>
      <AccountFields v={v} set={set} fields={fields} />
      <button className="primary wide" disabled={busy}>
        {t('auth.signup.submit')}
      </button>
      <p className="muted center">
        <Link href="/login">{t('auth.signup.haveAccount')}</Link>
      </p>
    </form>
  );
}
