// C1: the company fills in its profile once — name, description, areas of
// activity, services, contacts, messengers, social links, working hours —
// and its mini-site shows it. Saved on the device at once, synced later.
import {useQuery} from '@rocicorp/zero/react';
import {useState, type FormEvent} from 'react';
import {normalizeHours} from '#shared/company/hours.ts';
import {SOCIAL_NETWORKS, updateProfileArgs, type SocialNetwork} from '#shared/company/validation.ts';
import {isLocale, LOCALE_NAMES, type Locale} from '#shared/i18n/locales.ts';
import {mutators} from '../sync/mutators.ts';
import {formatPhone} from '#shared/phone.ts';
import {queries} from '#shared/queries/index.ts';
import {issuesByField} from '#shared/validation/describe.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';
import {useT} from '../i18n/i18n.tsx';
import type {Session} from '../session/session.ts';
import {TextArea, TextField} from '../ui/field.tsx';
import {useWrite} from '../write/writer.tsx';
import {HoursEditor} from './hours-editor.tsx';
import {LogoPicker} from './logo-picker.tsx';
import {SaveLine, type SaveState} from './save-state.tsx';
import type {Profile} from './use-profile.ts';

const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
type Tr = {description: string; activities: string; services: string};

function initial(profile: Profile, name: string) {
  const tr: Record<string, Tr> = {};
  for (const [l, v] of Object.entries(profile.tr ?? {})) {
    tr[l] = {
      description: typeof v?.description === 'string' ? v.description : '',
      activities: Array.isArray(v?.activities) ? v.activities.join('\n') : '',
      services: Array.isArray(v?.services) ? v.services.join('\n') : '',
    };
  }
  return {
    name,
    description: profile.description,
    activities: profile.activities.join('\n'),
    services: profile.services.join('\n'),
    phones: profile.phones.map(formatPhone).join('\n'),
    email: profile.email,
    address: profile.address,
    mapUrl: profile.map_url,
    whatsapp: profile.whatsapp ? formatPhone(profile.whatsapp) : '',
    telegram: profile.telegram,
    vk: profile.vk,
    social: {...profile.social} as Partial<Record<SocialNetwork, string>>,
    hours: normalizeHours(profile.hours),
    tr,
  };
}

export function ProfileForm({profile, session, canEdit}: {profile: Profile; session: Session; canEdit: boolean}) {
  const t = useT();
  const write = useWrite();
  const [company] = useQuery(queries.company.current());
  const [v, setV] = useState(() => initial(profile, company?.name ?? session.company.name));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<SaveState>({kind: 'idle'});
  const mainLocale: Locale = isLocale(company?.locale) ? company.locale : 'ru';
  const others = profile.public_locales.filter(isLocale).filter((l) => l !== mainLocale);
  const set =
    (k: 'name' | 'description' | 'activities' | 'services' | 'phones' | 'email' | 'address' | 'mapUrl' | 'whatsapp' | 'telegram' | 'vk') =>
    (e: {target: {value: string}}) => {
      setV({...v, [k]: e.target.value});
      setState({kind: 'idle'});
    };
  const setTr = (l: string, k: keyof Tr, value: string) =>
    setV({...v, tr: {...v.tr, [l]: {description: '', activities: '', services: '', ...v.tr[l], [k]: value}}});

  async function submit(e: FormEvent) {
    e.preventDefault();
    const tr = Object.fromEntries(
      Object.entries(v.tr).map(([l, x]) => [
        l,
        {
          ...(x.description.trim() && {description: x.description}),
          ...(lines(x.activities).length && {activities: lines(x.activities)}),
          ...(lines(x.services).length && {services: lines(x.services)}),
        },
      ]),
    );
    const args = {
      name: v.name,
      description: v.description,
      activities: lines(v.activities),
      services: lines(v.services),
      phones: lines(v.phones),
      email: v.email,
      address: v.address,
      mapUrl: v.mapUrl,
      whatsapp: v.whatsapp,
      telegram: v.telegram,
      vk: v.vk,
      social: Object.fromEntries(Object.entries(v.social).filter(([, url]) => url?.trim())),
      hours: v.hours,
      tr,
    };
    const parsed = updateProfileArgs.safeParse(args);
    if (!parsed.success) {
      setErrors(issuesByField(toFieldIssues(parsed.error.issues), t));
      setState({kind: 'error', message: t('pub.request.fixErrors')});
      return;
    }
    setErrors({});
    const r = await write(mutators.company.updateProfile(args));
    setState(r.ok ? {kind: 'saved'} : {kind: 'error', message: r.message});
  }

  return (
    <form className="panel-stack" onSubmit={submit} noValidate>
      <fieldset disabled={!canEdit}>
        <section className="panel">
          <TextField label={t('site.field.name')} value={v.name} onChange={set('name')} error={errors.name} />
          <TextArea label={t('site.field.description')} value={v.description} onChange={set('description')} error={errors.description} rows={4} />
          <div className="two">
            <TextArea
              label={t('site.field.activities')}
              hint={t('site.listHint')}
              value={v.activities}
              onChange={set('activities')}
              error={errors.activities}
              rows={3}
            />
            <TextArea
              label={t('site.field.services')}
              hint={t('site.listHint')}
              value={v.services}
              onChange={set('services')}
              error={errors.services}
              rows={3}
            />
          </div>
          <LogoPicker profile={profile} canEdit={canEdit} />
        </section>
        {others.map((l) => (
          <details className="panel" key={l} lang={l} open={!!(v.tr[l]?.description || v.tr[l]?.activities || v.tr[l]?.services)}>
            <summary>
              {t('site.translations')}: {LOCALE_NAMES[l]}
            </summary>
            <TextArea
              label={t('catalog.translation', {field: t('site.field.description'), language: LOCALE_NAMES[l]})}
              value={v.tr[l]?.description ?? ''}
              onChange={(e) => setTr(l, 'description', e.target.value)}
              rows={3}
            />
            <div className="two">
              <TextArea
                label={t('catalog.translation', {field: t('site.field.activities'), language: LOCALE_NAMES[l]})}
                value={v.tr[l]?.activities ?? ''}
                onChange={(e) => setTr(l, 'activities', e.target.value)}
                rows={3}
              />
              <TextArea
                label={t('catalog.translation', {field: t('site.field.services'), language: LOCALE_NAMES[l]})}
                value={v.tr[l]?.services ?? ''}
                onChange={(e) => setTr(l, 'services', e.target.value)}
                rows={3}
              />
            </div>
          </details>
        ))}
        <section className="panel">
          <h2>{t('site.contacts')}</h2>
          <div className="two">
            <TextArea
              label={t('site.field.phones')}
              hint={t('site.listHint')}
              value={v.phones}
              onChange={set('phones')}
              error={errors.phones}
              rows={2}
              inputMode="tel"
            />
            <TextField label={t('site.field.email')} type="email" value={v.email} onChange={set('email')} error={errors.email} />
          </div>
          <TextField label={t('site.field.address')} value={v.address} onChange={set('address')} error={errors.address} />
          <TextField
            label={t('site.field.mapUrl')}
            type="url"
            placeholder="https://2gis.kz/…"
            value={v.mapUrl}
            onChange={set('mapUrl')}
            error={errors.mapUrl}
          />
          <h2>{t('site.messengers')}</h2>
          <div className="three">
            <TextField
              label={t('site.field.whatsapp')}
              type="tel"
              placeholder="+7 701 234 56 78"
              value={v.whatsapp}
              onChange={set('whatsapp')}
              error={errors.whatsapp}
            />
            <TextField label={t('site.field.telegram')} placeholder="@username" value={v.telegram} onChange={set('telegram')} error={errors.telegram} />
            <TextField label={t('site.field.vk')} placeholder="club123" value={v.vk} onChange={set('vk')} error={errors.vk} />
          </div>
          <h2>{t('site.socialLinks')}</h2>
          <div className="two">
            {SOCIAL_NETWORKS.map((n) => (
              <TextField
                key={n}
                label={t(`site.social.${n}`)}
                type="url"
                placeholder="https://…"
                value={v.social[n] ?? ''}
                onChange={(e) => setV({...v, social: {...v.social, [n]: e.target.value}})}
                error={errors[`social.${n}`]}
              />
            ))}
          </div>
        </section>
        <section className="panel">
          <HoursEditor value={v.hours} onChange={(hours) => setV({...v, hours})} />
          {errors.hours || Object.keys(errors).some((k) => k.startsWith('hours.')) ? <div className="field-error">{t('v.hours')}</div> : null}
        </section>
      </fieldset>
      {canEdit ? (
        <div className="form-actions sticky-actions">
          <SaveLine state={state} />
          <button className="primary">{t('action.save')}</button>
        </div>
      ) : null}
    </form>
  );
}
