// Merging on the card: records that look like this client (with "merge" and
// "different people"), a merge with any record picked by hand, and the merges
// made into this client, each with its undo. The merge keeps everything of
// both records; the undo gives both back (shared/crm/merge.ts).
import type {Row} from '@rocicorp/zero';
import {useMemo, useState} from 'react';
import {uuidv7} from 'uuidv7';
import {duplicatePairs} from '#shared/crm/duplicates.ts';
import {formatDate} from '#shared/i18n/format.ts';
import {mutators} from '../sync/mutators.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {navigate} from '../router/router.tsx';
import {useWrite} from '../write/writer.tsx';
import {ClientPicker} from './client-picker.tsx';
import {displayName, type ClientRow, type CrmData} from './use-crm.ts';
import {useDismissed} from './use-dismissed.ts';

type Merge = Row['client_merge'];
type Props = {crm: CrmData; client: ClientRow; merges: readonly Merge[]; canManage: boolean; timeZone: string; proposed?: string | undefined};

export function useUndoMerge() {
  const write = useWrite();
  return (merge: Merge) => write(mutators.client.unmerge({id: merge.id, at: Date.now()}));
}

export function ClientMerges({crm, client, merges, canManage, timeZone, proposed}: Props) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const undo = useUndoMerge();
  const dismissed = useDismissed();
  const [other, setOther] = useState<string | undefined>(proposed);
  const [keepThis, setKeepThis] = useState(true);
  const [message, setMessage] = useState<string>();
  const name = (c: ClientRow | undefined) => (c ? displayName(c, crm.contactsOf(c.id), t('crm.noName')) : '…');
  const similar = useMemo(
    () => duplicatePairs(crm.clients, crm.contacts, dismissed).filter((p) => p.keep === client.id || p.other === client.id),
    [crm.clients, crm.contacts, dismissed, client.id],
  );
  const mine = merges.filter((m) => m.survivor_id === client.id && !m.undone_at);
  const otherRow = other ? crm.byId.get(other) : undefined;

  async function merge() {
    if (!otherRow) return;
    const [survivor, merged] = keepThis ? [client, otherRow] : [otherRow, client];
    const r = await write(mutators.client.merge({id: uuidv7(), survivorId: survivor.id, mergedId: merged.id, at: Date.now()}));
    if (!r.ok) return setMessage(r.message);
    setOther(undefined);
    setMessage(t('crm.merge.done'));
    if (survivor.id !== client.id) navigate(`/clients/${survivor.id}`);
  }

  async function runUndo(m: Merge) {
    const r = await undo(m);
    setMessage(r.ok ? t('crm.undone') : r.message);
  }

  if (!canManage && !mine.length) return null;
  return (
    <section className="section client-merges">
      {message ? (
        <p className="notice-inline" role="status">
          {message}
        </p>
      ) : null}
      {mine.length ? (
        <ul className="merged-list">
          {mine.map((m) => (
            <li key={m.id}>
              <span>
                {t('crm.mergedFrom', {name: name(crm.byId.get(m.merged_id))})} ·{' '}
                <span className="muted">{formatDate(m.created_at, timeZone, locale, 'short')}</span>
              </span>
              {canManage ? (
                <button type="button" onClick={() => void runUndo(m)}>
                  {t('crm.undo')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {canManage && !otherRow
        ? similar.map((p) => {
            const id = p.keep === client.id ? p.other : p.keep;
            return (
              <div key={p.id} className="similar">
                <span>
                  {t('crm.dup.similar', {name: name(crm.byId.get(id))})}{' '}
                  <span className="muted">· {t(p.reason === 'contact' ? 'crm.dup.contact' : 'crm.dup.name')}</span>
                </span>
                <span className="crm-actions">
                  <button type="button" onClick={() => setOther(id)}>
                    {t('crm.merge')}
                  </button>
                  <button type="button" className="link" onClick={() => void write(mutators.client.dismissDuplicate({a: client.id, b: id, at: Date.now()}))}>
                    {t('crm.dup.different')}
                  </button>
                </span>
              </div>
            );
          })
        : null}
      {canManage ? (
        otherRow ? (
          <div className="merge-box">
            <h2>{t('crm.merge')}</h2>
            <fieldset>
              <legend>{t('crm.merge.keep')}</legend>
              <label className="check">
                <input type="radio" name="keep" checked={keepThis} onChange={() => setKeepThis(true)} /> {name(client)}
              </label>
              <label className="check">
                <input type="radio" name="keep" checked={!keepThis} onChange={() => setKeepThis(false)} /> {name(otherRow)}
              </label>
            </fieldset>
            <p className="field-hint">{t('crm.merge.explain')}</p>
            <div className="crm-actions">
              <button type="button" className="primary" onClick={() => void merge()}>
                {t('crm.merge')}
              </button>
              <button type="button" onClick={() => setOther(undefined)}>
                {t('action.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <details className="merge-with">
            <summary>{t('crm.mergeWith')}</summary>
            <ClientPicker crm={crm} label={t('crm.merge.find')} exclude={[client.id]} onPick={(c) => setOther(c.id)} />
          </details>
        )
      ) : null}
    </section>
  );
}
