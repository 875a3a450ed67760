// C2 and P4: what the public site shows (block by block), in which languages,
// which modules the company uses, and the site's address.
import {useQuery} from '@rocicorp/zero/react';
import {useState, type FormEvent} from 'react';
import {can} from '#shared/auth/can.ts';
import {blockOn, PUBLIC_BLOCKS} from '#shared/company/blocks.ts';
import {MODULES, moduleStates} from '#shared/company/modules.ts';
import {CATALOG_MODES, setSlugArgs} from '#shared/company/validation.ts';
import {LOCALES, LOCALE_NAMES, type Locale} from '#shared/i18n/locales.ts';
import {mutators} from '../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {issuesByField} from '#shared/validation/describe.ts';
import {toFieldIssues} from '#shared/validation/issues.ts';
import {useI18n, useT} from '../i18n/i18n.tsx';
import {useOwnPlan} from '../settings/plan/use-plan.ts';
import {memberContextOf, type Session} from '../session/session.ts';
import {TextField} from '../ui/field.tsx';
import {useWrite} from '../write/writer.tsx';
import {SaveLine, type SaveState} from './save-state.tsx';
import type {Profile} from './use-profile.ts';

export function VisibilityForm({profile, session}: {profile: Profile; session: Session}) {
  const t = useT();
  const write = useWrite();
  const ctx = memberContextOf(session);
  const canSite = can(ctx, 'site.manage');
  const isOwner = can(ctx, 'company.manage');
  const [state, setState] = useState<SaveState>({kind: 'idle'});
  const report = (r: {ok: true} | {ok: false; message: string}) => setState(r.ok ? {kind: 'saved'} : {kind: 'error', message: r.message});
  const modules = moduleStates(profile.modules);
  const plan = useOwnPlan(isOwner);
  const {locale} = useI18n();
  const locales = profile.public_locales as Locale[];

  return (
    <div className="panel-stack">
      <SaveLine state={state} />
      <section className="panel">
        <h2>{t('site.blocks')}</h2>
        <div className="switches">
          {PUBLIC_BLOCKS.map((b) => (
            <label key={b} className="check">
              <input
                type="checkbox"
                disabled={!canSite}
                checked={blockOn(profile.public_blocks, b)}
                onChange={async (e) => report(await write(mutators.company.setVisibility({blocks: {[b]: e.target.checked}})))}
              />
              {t(`block.${b}`)}
            </label>
          ))}
        </div>
      </section>
      <section className="panel">
        <h2>{t('catalog.mode')}</h2>
        <div className="chips" role="group" aria-label={t('catalog.mode')}>
          {CATALOG_MODES.map((m) => (
            <button
              key={m}
              type="button"
              disabled={!canSite}
              className={profile.catalog_mode === m ? 'chip active' : 'chip'}
              aria-pressed={profile.catalog_mode === m}
              onClick={async () => report(await write(mutators.company.setVisibility({catalogMode: m})))}
            >
              {t(`catalog.mode.${m}`)}
            </button>
          ))}
        </div>
      </section>
      <section className="panel">
        <h2>{t('site.languages')}</h2>
        <p className="field-hint">{t('site.languagesHint')}</p>
        <div className="switches">
          {LOCALES.map((l) => (
            <label key={l} className="check">
              <input
                type="checkbox"
                disabled={!canSite || (locales.length === 1 && locales[0] === l)}
                checked={locales.includes(l)}
                onChange={async (e) =>
                  report(await write(mutators.company.setVisibility({locales: e.target.checked ? [...locales, l] : locales.filter((x) => x !== l)})))
                }
              />
              {LOCALE_NAMES[l]}
            </label>
          ))}
        </div>
      </section>
      <section className="panel">
        <h2>{t('site.modules')}</h2>
        <p className="field-hint">{isOwner ? t('site.modulesHint') : t('site.ownerOnly')}</p>
        <div className="switches">
          {MODULES.map((m) => {
            // Not on the company's plan (issue 18): off, and says which plan lacks it.
            const lacking = plan && !plan.plan.modules.includes(m) ? plan.plan.name[locale] || plan.plan.name.ru : null;
            return (
              <label key={m} className="check">
                <input
                  type="checkbox"
                  disabled={!isOwner || lacking !== null}
                  checked={modules[m] && lacking === null}
                  onChange={async (e) => report(await write(mutators.company.setModules({modules: {[m]: e.target.checked}})))}
                />
                {t(`module.${m}`)}
                {lacking !== null ? <span className="field-hint"> — {t('plan.notOnPlan', {plan: lacking})}</span> : null}
              </label>
            );
          })}
        </div>
      </section>
      <SlugForm isOwner={isOwner} onResult={report} />
    </div>
  );
}

function SlugForm({isOwner, onResult}: {isOwner: boolean; onResult: (r: {ok: true} | {ok: false; message: string}) => void}) {
  const t = useT();
  const write = useWrite();
  const [company] = useQuery(queries.company.current());
  const [slug, setSlug] = useState(company?.slug ?? '');
  const [error, setError] = useState<string>();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = setSlugArgs.safeParse({slug});
    if (!parsed.success) return setError(issuesByField(toFieldIssues(parsed.error.issues), t).slug);
    setError(undefined);
    const r = await write(mutators.company.setSlug({slug: parsed.data.slug}));
    if (!r.ok) setError(issuesByField(r.details.fields ?? [], t).slug ?? r.message);
    onResult(r);
  }
  return (
    <form className="panel" onSubmit={submit} noValidate>
      <h2>{t('site.slug')}</h2>
      <p className="field-hint">{isOwner ? t('site.slugHint') : t('site.ownerOnly')}</p>
      <div className="slug-row">
        <span className="muted">{location.origin}/c/</span>
        <TextField label={t('site.slug')} value={slug} onChange={(e) => setSlug(e.target.value)} error={error} disabled={!isOwner} />
        {isOwner ? <button className="primary">{t('action.save')}</button> : null}
      </div>
    </form>
  );
}
