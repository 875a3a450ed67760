// Ready templates, installed by choice: each says what it adds before it is
// installed. Installing keeps what the company already has (by key), so it can
// be pressed again safely, offline too.
import {useState} from 'react';
import {uuidv7} from 'uuidv7';
import {mutators} from '../../sync/mutators.ts';
import {localizedText} from '#shared/workflow/resolve.ts';
import {TEMPLATE_KEYS, TEMPLATES, type TemplateKey} from '#shared/workflow/templates/index.ts';
import {SaveLine, type SaveState} from '../../cabinet/save-state.tsx';
import {useI18n} from '../../i18n/i18n.tsx';
import {useRequestConfig} from '../../requests/use-request-config.ts';
import {useWrite} from '../../write/writer.tsx';

export function TemplatePicker() {
  const {t, locale} = useI18n();
  const write = useWrite();
  const config = useRequestConfig();
  const [picked, setChosen] = useState<TemplateKey | null>(null);
  const [state, setState] = useState<SaveState>({kind: 'idle'});
  const [done, setDone] = useState<string>();
  const keys = new Set(config.types.map((ty) => ty.key));
  const installed = (k: TemplateKey) => TEMPLATES[k].types.every((ty) => keys.has(ty.key));
  // Until the person picks, offer the first template the company does not have yet.
  const chosen = picked ?? TEMPLATE_KEYS.find((k) => !installed(k)) ?? 'small_business';
  const template = TEMPLATES[chosen];
  const name = (k: TemplateKey) => localizedText(TEMPLATES[k].name, locale);

  function adds(k: TemplateKey): string {
    const tpl = TEMPLATES[k];
    const parts = [`${t('rs.templates.types', {count: tpl.types.length})} (${tpl.types.map((ty) => localizedText(ty.name, locale)).join(', ')})`];
    if (tpl.roles.length) parts.push(t('rs.templates.roles', {names: tpl.roles.map((r) => localizedText(r.name, locale)).join(', ')}));
    if (tpl.messages.length) parts.push(t('rs.templates.messages', {count: tpl.messages.length}));
    return t('rs.templates.adds', {what: parts.join('; ')});
  }

  async function install() {
    setState({kind: 'idle'});
    setDone(undefined);
    const r = await write(mutators.requestConfig.installTemplate({template: chosen, idSeed: uuidv7(), at: Date.now()}));
    if (r.ok) setDone(t('rs.templates.done', {name: name(chosen)}));
    else setState({kind: 'error', message: r.message});
  }

  return (
    <section className="panel rs-templates">
      <h2>{t('rs.templates.title')}</h2>
      <p className="field-hint">{t('rs.templates.hint')}</p>
      <div className="rs-choices" role="radiogroup" aria-label={t('rs.templates.title')}>
        {TEMPLATE_KEYS.map((k) => (
          <label key={k} className={k === chosen ? 'rs-choice active' : 'rs-choice'} data-template={k}>
            <input type="radio" name="rs-template" value={k} checked={k === chosen} onChange={() => setChosen(k)} />
            <span className="rs-choice-body">
              <b>
                {name(k)} {installed(k) ? <span className="badge rs-ok">{t('rs.templates.installed')}</span> : null}
              </b>
              <span>{localizedText(TEMPLATES[k].description, locale)}</span>
              <span className="muted small">{adds(k)}</span>
            </span>
          </label>
        ))}
      </div>
      <div className="btn-row">
        <button type="button" className="primary" onClick={() => void install()}>
          {t('rs.templates.install', {name: localizedText(template.name, locale)})}
        </button>
        {done ? (
          <span className="save-ok" role="status">
            ✓ {done}
          </span>
        ) : null}
      </div>
      <SaveLine state={state} />
    </section>
  );
}
