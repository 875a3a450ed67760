// Every proposed duplicate pair: records sharing a contact, then records with
// the same name in any script. "Merge" opens the pair on the older record's
// card, ready to merge; "different people" stops proposing the pair.
import {useMemo} from 'react';
import {duplicatePairs} from '#shared/crm/duplicates.ts';
import {mutators} from '../sync/mutators.ts';
import {formatPhone} from '#shared/phone.ts';
import {useT} from '../i18n/i18n.tsx';
import {Link, navigate} from '../router/router.tsx';
import {useWrite} from '../write/writer.tsx';
import {displayName, type CrmData} from './use-crm.ts';
import {useDismissed} from './use-dismissed.ts';

const SHOWN = 200;

export function DuplicatesPage({crm}: {crm: CrmData}) {
  const t = useT();
  const write = useWrite();
  const dismissed = useDismissed();
  const pairs = useMemo(() => duplicatePairs(crm.clients, crm.contacts, dismissed), [crm.clients, crm.contacts, dismissed]);
  const who = (id: string) => {
    const c = crm.byId.get(id);
    const contacts = crm.contactsOf(id);
    const phone = contacts.find((x) => x.kind === 'phone');
    return (
      <Link href={`/clients/${id}`} className="dup-client">
        <span className="row-name">{displayName(c, contacts, t('crm.noName'))}</span>
        {phone ? <span className="muted">{formatPhone(phone.value)}</span> : null}
      </Link>
    );
  };
  return (
    <div className="client-card duplicates">
      <Link href="/clients" className="back-link">
        ← {t('action.back')}
      </Link>
      <h1>{t('crm.dup.title')}</h1>
      <p className="field-hint">{t('crm.dup.hint')}</p>
      {pairs.length ? null : <p className="empty">{t('crm.dup.none')}</p>}
      <ul className="dup-list">
        {pairs.slice(0, SHOWN).map((p) => (
          <li key={p.id} className="dup-pair" data-reason={p.reason}>
            <div className="dup-people">
              {who(p.keep)}
              {who(p.other)}
            </div>
            <div className="crm-actions">
              <span className="badge">{t(p.reason === 'contact' ? 'crm.dup.contact' : 'crm.dup.name')}</span>
              <button type="button" className="primary" onClick={() => navigate(`/clients/${p.keep}?merge=${p.other}`)}>
                {t('crm.merge')}
              </button>
              <button type="button" onClick={() => void write(mutators.client.dismissDuplicate({a: p.keep, b: p.other, at: Date.now()}))}>
                {t('crm.dup.different')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
