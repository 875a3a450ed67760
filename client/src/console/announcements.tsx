// Announcements: a banner in the app for every company, some companies or
// the companies on some plans, between two dates (shown in UTC+5).
import {useState, type FormEvent} from 'react';
import {TextField} from '../ui/field.tsx';
import {useCall, useLoad} from './console-api.ts';
import {useConsole} from './console-i18n.tsx';
import {ConfirmAction, ErrorLine, Loading, noTexts, TextsFields, useFormat, type Texts} from './console-ui.tsx';
import type {Plan} from './types.ts';

type Audience = {all: true} | {companyIds: string[]} | {planKeys: string[]};
type Announcement = {id: string; text: Texts; tone: 'info' | 'warning'; audience: Audience; startsAt: number; endsAt: number | null};

const DAY = 86_400_000;
const OFFSET = 5 * 3_600_000; // Kazakhstan, UTC+5
/** epoch ms ↔ the value of a datetime-local input, in UTC+5 whatever the device's zone. */
const toLocalInput = (ms: number) => new Date(ms + OFFSET).toISOString().slice(0, 16);
const fromLocalInput = (v: string) => Date.parse(`${v}:00Z`) - OFFSET;

function AnnouncementForm({item, onSaved, onCancel}: {item: Announcement | null; onSaved: () => void; onCancel: () => void}) {
  const {tr, locale} = useConsole();
  const plans = useLoad<{plans: Plan[]}>('/plans');
  const [text, setText] = useState(item?.text ?? noTexts());
  const [tone, setTone] = useState(item?.tone ?? 'info');
  const [kind, setKind] = useState<'all' | 'companies' | 'plans'>(
    item && 'companyIds' in item.audience ? 'companies' : item && 'planKeys' in item.audience ? 'plans' : 'all',
  );
  const [companyIds, setCompanyIds] = useState(item && 'companyIds' in item.audience ? item.audience.companyIds.join('\n') : '');
  const [planKeys, setPlanKeys] = useState<string[]>(item && 'planKeys' in item.audience ? item.audience.planKeys : []);
  const [startsAt, setStartsAt] = useState(toLocalInput(item?.startsAt ?? Date.now()));
  const [endsAt, setEndsAt] = useState(item ? (item.endsAt === null ? '' : toLocalInput(item.endsAt)) : toLocalInput(Date.now() + 7 * DAY));
  const {busy, error, call} = useCall();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const audience: Audience = kind === 'all' ? {all: true} : kind === 'plans' ? {planKeys} : {companyIds: companyIds.split(/[\s,]+/).filter(Boolean)};
    const body = {text, tone, audience, startsAt: fromLocalInput(startsAt), endsAt: endsAt ? fromLocalInput(endsAt) : null};
    const r = item ? await call(`/announcements/${encodeURIComponent(item.id)}`, {method: 'PUT', body}) : await call('/announcements', {method: 'POST', body});
    if (r) onSaved();
  }
  return (
    <form className="cn-subform" onSubmit={submit}>
      <ErrorLine error={error} />
      <TextsFields label={tr('console.ann.text')} value={text} onChange={setText} long />
      <div className="cn-row">
        <div className="field">
          <label htmlFor="ann-tone">{tr('console.ann.tone')}</label>
          <select id="ann-tone" value={tone} onChange={(e) => setTone(e.target.value as typeof tone)}>
            <option value="info">{tr('console.ann.tone.info')}</option>
            <option value="warning">{tr('console.ann.tone.warning')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="ann-audience">{tr('console.ann.audience')}</label>
          <select id="ann-audience" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            <option value="all">{tr('console.ann.audience.all')}</option>
            <option value="companies">{tr('console.ann.audience.companies')}</option>
            <option value="plans">{tr('console.ann.audience.plans')}</option>
          </select>
        </div>
      </div>
      {kind === 'companies' ? (
        <TextField
          label={tr('console.ann.companyIds')}
          hint={tr('console.ann.companyIdsHint')}
          value={companyIds}
          onChange={(e) => setCompanyIds(e.target.value)}
        />
      ) : null}
      {kind === 'plans' ? (
        <div className="cn-checks">
          {(plans.data?.plans ?? []).map((p) => (
            <label key={p.key} className="cn-check">
              <input
                type="checkbox"
                checked={planKeys.includes(p.key)}
                onChange={(e) => setPlanKeys(e.target.checked ? [...planKeys, p.key] : planKeys.filter((k) => k !== p.key))}
              />{' '}
              {p.name[locale] || p.name.ru}
            </label>
          ))}
        </div>
      ) : null}
      <div className="cn-row">
        <TextField label={tr('console.ann.startsAt')} type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} required />
        <TextField
          label={tr('console.ann.endsAt')}
          type="datetime-local"
          hint={tr('console.ann.endsAtHint')}
          value={endsAt}
          onChange={(e) => setEndsAt(e.target.value)}
        />
      </div>
      <div className="cn-actions">
        <button className="primary" disabled={busy}>
          {tr('action.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {tr('action.cancel')}
        </button>
      </div>
    </form>
  );
}

export function Announcements() {
  const {tr, locale} = useConsole();
  const f = useFormat();
  const {data, error, reload} = useLoad<{announcements: Announcement[]}>('/announcements');
  const [editing, setEditing] = useState<Announcement | 'new' | null>(null);
  const del = useCall();
  const done = () => {
    setEditing(null);
    reload();
  };
  return (
    <div className="panel">
      <h2>{tr('console.ann.title')}</h2>
      <ErrorLine error={del.error} />
      {!data ? (
        <Loading error={error} />
      ) : (
        <ul className="cn-list">
          {data.announcements.map((a) =>
            editing !== 'new' && editing?.id === a.id ? (
              <li key={a.id} className="cn-card">
                <AnnouncementForm item={a} onSaved={done} onCancel={() => setEditing(null)} />
              </li>
            ) : (
              <li key={a.id} className={`cn-card cn-tone-${a.tone}`}>
                <p className="cn-ann-text">{a.text[locale] || a.text.ru}</p>
                <div className="muted">
                  {f.dateTime(a.startsAt)} — {a.endsAt === null ? tr('console.ann.noEnd') : f.dateTime(a.endsAt)} ·{' '}
                  {'all' in a.audience
                    ? tr('console.ann.audience.all')
                    : 'planKeys' in a.audience
                      ? `${tr('console.ann.audience.plans')}: ${a.audience.planKeys.join(', ')}`
                      : tr('console.ann.companiesCount', {count: a.audience.companyIds.length})}
                </div>
                <div className="cn-actions">
                  <button type="button" onClick={() => setEditing(a)}>
                    {tr('action.edit')}
                  </button>
                  <ConfirmAction
                    label={tr('action.delete')}
                    question={tr('console.ann.deleteQuestion')}
                    reason={false}
                    danger
                    busy={del.busy}
                    onConfirm={async () => {
                      if (!(await del.call(`/announcements/${encodeURIComponent(a.id)}`, {method: 'DELETE'}))) return false;
                      reload();
                    }}
                  />
                </div>
              </li>
            ),
          )}
        </ul>
      )}
      {editing === 'new' ? (
        <AnnouncementForm item={null} onSaved={done} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" onClick={() => setEditing('new')}>
          {tr('console.ann.new')}
        </button>
      )}
    </div>
  );
}
