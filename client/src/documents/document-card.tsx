// A document's card (/documents/<id>): what it is, its status and the moves
// this person may make (a blocked one says why before the click), the
// approvals of the current round, its fields, its versions (newest first,
// the last opened readable offline), the comments on a version, and what it
// is linked to. Read from the device's replica.
import {useQuery} from '@rocicorp/zero/react';
import {can} from '#shared/auth/can.ts';
import {describeError} from '#shared/errors-describe.ts';
import {queries} from '#shared/queries/index.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {Link} from '../router/router.tsx';
import {memberContextOf, type Session} from '../session/session.ts';
import {DocStatusBadge} from './doc-bits.tsx';
import {useDocWrites} from './doc-writes.ts';
import {DocumentApprovals} from './document-approvals.tsx';
import {DocumentComments} from './document-comments.tsx';
import {DocumentFields} from './document-fields.tsx';
import {DocumentLinks} from './document-links.tsx';
import {DocumentMoves} from './document-moves.tsx';
import {DocumentVersions} from './document-versions.tsx';
import {todayIn, useCounterparties, useTimeZone, type CardDocument} from './use-documents.ts';
import '../requests/card/card.css';

export function DocumentCard({id, session}: {id: string; session: Session}) {
  const {t, locale} = useI18n();
  const timeZone = useTimeZone();
  const counterparties = useCounterparties();
  const [row, details] = useQuery(queries.documents.card({id}));
  const doc = row as CardDocument | undefined;
  const writes = useDocWrites(id, doc?.approvals.map((a) => a.id) ?? []);
  const back = (
    <Link href="/documents" className="back-link">
      ← {t('action.back')}
    </Link>
  );
  if (!doc) {
    const coming = writes.some((w) => w.name === 'document.create' && w.state !== 'attention');
    return (
      <article className="doc-card">
        {back}
        <div className="card-empty">{coming ? t('docs.onItsWay') : details.type === 'complete' ? t('docs.notFound') : t('state.loading')}</div>
      </article>
    );
  }
  const ctx = memberContextOf(session);
  const manage = can(ctx, 'documents.manage');
  const round = doc.approvals.filter((a) => a.round === doc.round && a.decision !== 'void');
  const refused = writes.filter((w) => w.state === 'attention' && w.error && w.name !== 'approval.decide');
  return (
    <article className="doc-card" data-document-id={doc.id} data-status={doc.status}>
      {back}
      <header className="card-head">
        <h1 className="doc-heading">{doc.title}</h1>
        <DocStatusBadge status={doc.status} />
      </header>
      <div className="row-meta doc-sub">
        <span className="badge doc-kind">{t(`documents.kind.${doc.kind}`)}</span>
        {doc.number ? <span>№ {doc.number}</span> : null}
        {doc.counterparty ? <span className="wrap-anywhere">{doc.counterparty.name}</span> : null}
      </div>
      {doc.status === 'draft' && doc.reason ? (
        <div className="return-reason big" role="note" data-testid="document-reason">
          {t('docs.returnedBecause', {reason: doc.reason})}
        </div>
      ) : null}
      {refused.map((w, i) => (
        <div key={i} className="alert" role="alert">
          {t('error.refusedOnServer', {reason: describeError(w.error!, t, {locale})})} <Link href="/outbox">{t('docs.openOutbox')}</Link>
        </div>
      ))}
      {manage ? <DocumentMoves doc={doc} versions={doc.versions.length} round={round} /> : null}
      <DocumentApprovals round={round} versions={doc.versions} session={session} timeZone={timeZone} writes={writes} />
      <DocumentVersions documentId={doc.id} status={doc.status} versions={doc.versions} waiting={writes} canAdd={manage} timeZone={timeZone} />
      <DocumentComments documentId={doc.id} versions={doc.versions} comments={doc.comments} timeZone={timeZone} canComment />
      <DocumentFields doc={doc} canEdit={manage} counterparties={counterparties} today={todayIn(timeZone)} />
      <DocumentLinks documentId={doc.id} links={doc.links} canEdit={manage} session={session} />
    </article>
  );
}
