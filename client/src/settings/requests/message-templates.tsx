// Message templates for comments (ask for clarification, approve, return for
// rework), in each language; archived rather than deleted, restorable.
import type {Row} from '@rocicorp/zero';
import {useQuery} from '@rocicorp/zero/react';
import {useMemo, useState} from 'react';
import {uuidv7} from 'uuidv7';
import {mutators} from '../../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {keyFromName} from '#shared/workflow/keys.ts';
import {localizedText} from '#shared/workflow/resolve.ts';
import type {Localized} from '#shared/workflow/types.ts';
import {saveMessageTemplateArgs} from '#shared/workflow/validation.ts';
import {type SaveState} from '../../cabinet/save-state.tsx';
import {useI18n} from '../../i18n/i18n.tsx';
import {Link} from '../../router/router.tsx';
import {useWrite} from '../../write/writer.tsx';
import {DraftBar} from './draft-bar.tsx';
import {formIssues, NO_ISSUES, schemaIssues} from './form-issues.ts';
import {LocalizedInputs, useLangLabel} from './localized-inputs.tsx';
import {hasDraft, useJsonDraft} from './use-json-draft.ts';

type Template = Row['message_template'];
type MessageDraft = {name: Localized; body: Localized};

const NO_TEXT: Localized = {ru: '', kk: '', en: ''};
const EMPTY: MessageDraft = {name: NO_TEXT, body: NO_TEXT};
const full = (l: Partial<Localized> | undefined): Localized => ({ru: l?.ru ?? '', kk: l?.kk ?? '', en: l?.en ?? ''});

function MessageForm({row, all, onDone}: {row?: Template; all: readonly Template[]; onDone: () => void}) {
  const {t} = useI18n();
  const write = useWrite();
  const langLabel = useLangLabel();
  const live = useMemo<MessageDraft>(() => (row ? {name: full(row.name), body: full(row.body)} : EMPTY), [row]);
  const draft = useJsonDraft<MessageDraft>(`rs.msg.${row?.id ?? 'new'}`, live);
  const v = draft.value;
  const [issues, setIssues] = useState(NO_ISSUES);
  const [state, setState] = useState<SaveState>({kind: 'idle'});

  async function save() {
    const args = {
      id: row?.id ?? uuidv7(),
      key:
        row?.key ??
        keyFromName(
          v.name.ru,
          all.map((m) => m.key),
          'message',
        ),
      name: v.name,
      body: v.body,
      position: row?.position ?? Math.max(0, ...all.map((m) => m.position)) + 1,
      at: Date.now(),
    };
    const found = schemaIssues(saveMessageTemplateArgs, args);
    const labels: Record<string, string> = {};
    for (const lang of ['ru', 'kk', 'en'] as const) {
      labels[`name.${lang}`] = langLabel(t('rs.message.name'), lang);
      labels[`body.${lang}`] = langLabel(t('rs.message.body'), lang);
    }
    setIssues(formIssues(found, labels, t));
    if (found.length) return;
    const r = await write(mutators.requestConfig.saveMessageTemplate(args));
    if (!r.ok) return setState({kind: 'error', message: r.message});
    draft.clear();
    setState({kind: 'saved'});
    if (!row) onDone();
  }
  async function archive(archived: boolean) {
    if (!row) return;
    const r = await write(mutators.requestConfig.archiveMessageTemplate({id: row.id, archived, at: Date.now()}));
    setState(r.ok ? {kind: 'idle'} : {kind: 'error', message: r.message});
  }
  const set = (patch: Partial<MessageDraft>) => {
    setState({kind: 'idle'});
    draft.set({...v, ...patch});
  };
  const err = (part: 'name' | 'body') => ({ru: issues.byField[`${part}.ru`], kk: issues.byField[`${part}.kk`], en: issues.byField[`${part}.en`]});
  return (
    <form
      className="rs-message-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <LocalizedInputs label={t('rs.message.name')} value={v.name} onChange={(name) => set({name})} errors={err('name')} />
      <LocalizedInputs label={t('rs.message.body')} value={v.body} onChange={(body) => set({body})} errors={err('body')} multiline />
      <DraftBar dirty={draft.dirty} onDiscard={draft.clear} summary={issues.summary} state={state}>
        {row ? (
          <button type="button" onClick={() => void archive(!row.archived_at)}>
            {row.archived_at ? t('rs.field.restore') : t('rs.field.archive')}
          </button>
        ) : (
          <button type="button" onClick={onDone}>
            {t('action.cancel')}
          </button>
        )}
        <button className="primary">{t('action.save')}</button>
      </DraftBar>
    </form>
  );
}

function MessageItem({row, all}: {row: Template; all: readonly Template[]}) {
  const {t, locale} = useI18n();
  // A template left half-edited opens again as it was.
  const [open, setOpen] = useState(() => hasDraft(`rs.msg.${row.id}`));
  return (
    <li className="rs-message" data-message={row.key}>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <b>{localizedText(row.name, locale)}</b>
          {hasDraft(`rs.msg.${row.id}`) ? <span className="badge rs-draft-badge">{t('rs.hasDraft')}</span> : null}
          <span className="muted small"> · {localizedText(row.body, locale)}</span>
        </summary>
        {open ? <MessageForm row={row} all={all} onDone={() => setOpen(false)} /> : null}
      </details>
    </li>
  );
}

export function MessageTemplatesPage() {
  const {t} = useI18n();
  const [all] = useQuery(queries.requestConfig.messageTemplates());
  // A half-written template reopens as it was left.
  const [adding, setAdding] = useState(() => hasDraft('rs.msg.new'));
  const active = all.filter((m) => !m.archived_at);
  const archived = all.filter((m) => m.archived_at);
  const item = (m: Template) => <MessageItem key={m.id} row={m} all={all} />;
  return (
    <div className="page cabinet rs-page">
      <Link href="/settings/requests" className="back-link rs-back">
        ← {t('rs.title')}
      </Link>
      <h1>{t('rs.messages.title')}</h1>
      <section className="panel">
        <p className="field-hint">{t('rs.messages.hint')}</p>
        {active.length ? <ul className="rs-messages">{active.map(item)}</ul> : <p className="muted">{t('rs.messages.empty')}</p>}
        {adding ? (
          <div className="rs-field rs-field-new">
            <h3>{t('rs.message.new')}</h3>
            <MessageForm all={all} onDone={() => setAdding(false)} />
          </div>
        ) : (
          <button type="button" onClick={() => setAdding(true)}>
            + {t('rs.messages.add')}
          </button>
        )}
      </section>
      {archived.length ? (
        <details className="panel rs-archived">
          <summary>{t('rs.messages.archived', {count: archived.length})}</summary>
          <ul className="rs-messages">{archived.map(item)}</ul>
        </details>
      ) : null}
    </div>
  );
}
