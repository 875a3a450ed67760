// The platform's own texts: pages (landing, help; /p/<slug>) in three
// languages, and the announcements shown as a banner in companies' apps.
import {useState, type FormEvent} from 'react';
import {TextField} from '../ui/field.tsx';
import {useCall, useLoad} from './console-api.ts';
import {useConsole} from './console-i18n.tsx';
import {ErrorLine, Loading, noTexts, TextsFields, type Texts} from './console-ui.tsx';
import {Announcements} from './announcements.tsx';

type PlatformPage = {slug: string; title: Texts; body: Texts; published: boolean};

function PageEditor({page, onSaved}: {page: PlatformPage | null; onSaved: () => void}) {
  const {tr} = useConsole();
  const [slug, setSlug] = useState(page?.slug ?? '');
  const [title, setTitle] = useState(page?.title ?? noTexts());
  const [body, setBody] = useState(page?.body ?? noTexts());
  const [published, setPublished] = useState(page?.published ?? false);
  const [saved, setSaved] = useState(false);
  const {busy, error, call} = useCall();
  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const r = await call(`/pages/${encodeURIComponent(slug.trim())}`, {method: 'PUT', body: {title, body, published}});
    if (r) {
      setSaved(true);
      onSaved();
    }
  }
  return (
    <form className="cn-subform" onSubmit={submit}>
      <ErrorLine error={error} />
      {page ? null : (
        <TextField label={tr('console.content.slug')} hint={tr('console.content.slugHint')} value={slug} onChange={(e) => setSlug(e.target.value)} required />
      )}
      <TextsFields label={tr('console.content.pageTitle')} value={title} onChange={setTitle} />
      <TextsFields label={tr('console.content.pageBody')} value={body} onChange={setBody} long />
      <label className="cn-check">
        <input type="checkbox" checked={published} onChange={(e) => setPublished(e.target.checked)} /> {tr('console.content.published')}
      </label>
      <button className="primary" disabled={busy || !slug.trim()}>
        {tr('action.save')}
      </button>
      {saved ? <p role="status">{tr('console.saved')}</p> : null}
    </form>
  );
}

function Pages() {
  const {tr, locale} = useConsole();
  const {data, error, reload} = useLoad<{pages: PlatformPage[]}>('/pages');
  const [adding, setAdding] = useState(false);
  return (
    <div className="panel">
      <h2>{tr('console.content.pages')}</h2>
      {!data ? (
        <Loading error={error} />
      ) : (
        <ul className="cn-plain">
          {data.pages.map((p) => (
            <li key={p.slug}>
              <details className="cn-details">
                <summary>
                  {p.title[locale] || p.title.ru || p.slug} <span className="muted">/p/{p.slug}</span>
                  {p.published ? null : <span className="badge">{tr('console.content.draft')}</span>}
                </summary>
                <PageEditor page={p} onSaved={reload} />
              </details>
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <PageEditor
          page={null}
          onSaved={() => {
            setAdding(false);
            reload();
          }}
        />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          {tr('console.content.newPage')}
        </button>
      )}
    </div>
  );
}

export function ContentPage() {
  const {tr} = useConsole();
  return (
    <section className="cn-page">
      <h1>{tr('console.nav.content')}</h1>
      <Announcements />
      <Pages />
    </section>
  );
}
