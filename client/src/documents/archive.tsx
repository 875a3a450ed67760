// The archive (D1, D4): every document this person sees, from the device —
// searched by title, number and counterparty and filtered by kind, status,
// counterparty, project and dates without a network; "search inside files"
// asks the server (the text extracted from PDFs and DOCX) and says plainly
// that it needs the network when there is none. The filter is kept on the
// device, so coming back from a card finds it as it was.
import {DOCUMENT_STATUSES} from '#shared/documents/lifecycle.ts';
import {useState} from 'react';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {api} from '../session/api.ts';
import {useDeviceOnline} from '../sync/connection-indicator.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {activeFilters, filterDocuments, matchesSearch, NO_FILTER, normalize, type ArchiveFilter} from './archive-filter.ts';
import {DocumentRowLink} from './document-row.tsx';
import {statusName} from './doc-bits.tsx';
import {DOCUMENT_KINDS, projectsOf, todayIn, useCounterparties, useDocuments, useTimeZone} from './use-documents.ts';

type TextSearch = {q: string; ids: ReadonlySet<string>} | {q: string; error: string};

export function Archive({manage}: {manage: boolean}) {
  const {t, locale} = useI18n();
  const docs = useDocuments();
  const counterparties = useCounterparties();
  const timeZone = useTimeZone();
  const online = useDeviceOnline();
  const [filter, setFilter, clearFilter] = useDraft<ArchiveFilter>('documents.filter', NO_FILTER);
  const [text, setText] = useState<TextSearch | null>(null);
  const [searching, setSearching] = useState(false);
  const today = todayIn(timeZone);
  // Text results belong to the words they were asked for.
  const textNow = text && normalize(text.q) === normalize(filter.q) ? text : null;
  const textIds = textNow && 'ids' in textNow ? textNow.ids : null;
  const shown = filterDocuments(docs, filter, today, textIds);
  // The server answers with the documents matching by their fields too: marked are those only the files' text found.
  const onlyInText = new Set(docs.filter((d) => textIds?.has(d.id) && !matchesSearch(d, filter.q)).map((d) => d.id));
  const narrowing = activeFilters(filter);
  const set = (k: keyof ArchiveFilter) => (e: {target: {value: string}}) => setFilter({[k]: e.target.value});

  async function searchFiles() {
    const q = filter.q.trim();
    if (!q) return;
    setSearching(true);
    const r = await api<{ids: string[]}>(`/documents/search?q=${encodeURIComponent(q)}`, {locale});
    setSearching(false);
    if (r.ok) setText({q, ids: new Set(r.data.ids)});
    else setText({q, error: r.status === 0 ? t('docs.search.needsNetwork') : r.error.message || t('docs.search.failed')});
  }

  return (
    <section className="documents-page">
      <div className="pane-head">
        <h1>{t('docs.title')}</h1>
        <span className="muted doc-count">{t('docs.count', {count: shown.length})}</span>
      </div>
      <form
        className="doc-search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void searchFiles();
        }}
      >
        <label htmlFor="doc-q" className="sr-only">
          {t('docs.search.label')}
        </label>
        <input id="doc-q" type="search" value={filter.q} onChange={set('q')} placeholder={t('docs.search.placeholder')} autoComplete="off" />
        <button type="submit" className="search-files" disabled={!online || !filter.q.trim() || searching} data-testid="search-files">
          {searching ? t('docs.search.running') : t('docs.search.inFiles')}
        </button>
      </form>
      {!online ? (
        <p className="field-hint" data-testid="search-offline">
          {t('docs.search.needsNetwork')}
        </p>
      ) : null}
      {textNow && 'error' in textNow ? (
        <div className="alert" role="alert">
          {textNow.error}
        </div>
      ) : null}
      {textIds ? (
        <p className="field-hint" role="status">
          {t('docs.search.found', {count: onlyInText.size})}
        </p>
      ) : null}
      <details className="doc-filters" open={narrowing > 0 || undefined}>
        <summary>
          {t('docs.filters')}
          {narrowing ? <span className="chip-count">{narrowing}</span> : null}
        </summary>
        <div className="doc-filter-grid">
          <label className="doc-filter">
            {t('docs.field.kind')}
            <select value={filter.kind} onChange={set('kind')}>
              <option value="">{t('docs.any')}</option>
              {DOCUMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`documents.kind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="doc-filter">
            {t('docs.field.status')}
            <select value={filter.status} onChange={set('status')}>
              <option value="">{t('docs.any')}</option>
              {DOCUMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusName(s, locale)}
                </option>
              ))}
            </select>
          </label>
          <label className="doc-filter">
            {t('docs.field.counterparty')}
            <select value={filter.counterpartyId} onChange={set('counterpartyId')}>
              <option value="">{t('docs.any')}</option>
              {counterparties.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label className="doc-filter">
            {t('docs.field.project')}
            <select value={filter.project} onChange={set('project')}>
              <option value="">{t('docs.any')}</option>
              {projectsOf(docs).map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
          <label className="doc-filter">
            {t('docs.filter.signedFrom')}
            <input type="date" value={filter.from} onChange={set('from')} />
          </label>
          <label className="doc-filter">
            {t('docs.filter.signedTo')}
            <input type="date" value={filter.to} onChange={set('to')} />
          </label>
        </div>
        <label className="check">
          <input type="checkbox" checked={!!filter.expiring} onChange={(e) => setFilter({expiring: e.target.checked ? '1' : ''})} />
          {t('docs.filter.expiring')}
        </label>
        {narrowing || filter.q ? (
          <button type="button" className="link-button reset-filters" onClick={clearFilter}>
            {t('docs.filter.reset')}
          </button>
        ) : null}
      </details>
      {shown.length ? (
        <ul className="doc-list">
          {shown.map((d) => (
            <li key={d.id}>
              <DocumentRowLink doc={d} today={today} foundInText={onlyInText.has(d.id)} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="card-empty">
          {!docs.length ? t('docs.empty') : filter.q.trim() && !textIds && online ? t('docs.noneMatchTryFiles') : t('docs.noneMatch')}
        </p>
      )}
      {manage ? (
        <Link href="/documents/new" className="fab" aria-label={t('docs.new')}>
          +<span className="fab-label">{t('docs.new')}</span>
        </Link>
      ) : null}
    </section>
  );
}
