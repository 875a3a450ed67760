// One document in the archive: its title, kind and status; number,
// counterparty and project; signed and valid until, the near or past end
// marked; how many versions; found by the text of its file.
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {DocStatusBadge, useDay, ValidUntil} from './doc-bits.tsx';
import {expiryOf, type ListedDocument} from './use-documents.ts';

type Props = {doc: ListedDocument; today: string; foundInText: boolean};

export function DocumentRowLink({doc, today, foundInText}: Props) {
  const {t} = useI18n();
  const day = useDay();
  const expiry = expiryOf(doc, today);
  return (
    <Link href={`/documents/${doc.id}`} className={`doc-row expiry-${expiry}`} data-document-id={doc.id} data-status={doc.status}>
      <div className="doc-row-top">
        <span className="doc-title">{doc.title}</span>
        <DocStatusBadge status={doc.status} />
      </div>
      <div className="row-meta">
        <span className="badge doc-kind">{t(`documents.kind.${doc.kind}`)}</span>
        {doc.number ? <span className="doc-number">№ {doc.number}</span> : null}
        {doc.counterparty ? <span className="doc-counterparty">{doc.counterparty.name}</span> : null}
        {doc.project ? <span className="doc-project">{doc.project}</span> : null}
      </div>
      <div className="row-meta">
        {doc.signed_on ? <span>{t('docs.signedOn', {date: day(doc.signed_on, true)})}</span> : null}
        <ValidUntil day={doc.valid_until} expiry={expiry} short />
        <span>{t('docs.versions', {count: doc.versions.length})}</span>
        {foundInText ? <span className="badge found-in-text">{t('docs.search.inText')}</span> : null}
      </div>
    </Link>
  );
}
