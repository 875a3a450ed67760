// The invoice's files (attachment entity "invoice"): the invoice itself, its
// basis, an act, anything else. A file picked offline shows at once, marked
// "waiting to send"; the outbox uploads it (PUT /api/v1/files/:id) and writes
// the attachment once the network is back.
import type {Row} from '@rocicorp/zero';
import {useState} from 'react';
import {uuidv7} from 'uuidv7';
import {mutators} from '../sync/mutators.ts';
import {useT} from '../i18n/i18n.tsx';
import {fileUrl, preparePhoto} from '../ui/photo.ts';
import {usePendingFiles, useWrite} from '../write/writer.tsx';

export const INVOICE_FILE_KINDS = ['invoice', 'basis', 'act', 'other'] as const;
type Kind = (typeof INVOICE_FILE_KINDS)[number];
type Attachment = Row['attachment'] & {file?: Row['file'] | undefined};

export function InvoiceFiles({invoiceId, attachments, canAttach}: {invoiceId: string; attachments: readonly Attachment[]; canAttach: boolean}) {
  const t = useT();
  const write = useWrite();
  const pending = usePendingFiles(invoiceId);
  const [kind, setKind] = useState<Kind>(attachments.some((a) => a.kind === 'invoice') ? 'basis' : 'invoice');
  const [error, setError] = useState<string>();
  const confirmed = new Set(attachments.map((a) => a.file_id));

  async function add(list: FileList | null) {
    for (const file of Array.from(list ?? [])) {
      const prepared = await preparePhoto(file);
      const r = await write(mutators.attachment.add({id: uuidv7(), entity: 'invoice', entityId: invoiceId, fileId: prepared.id, kind, createdAt: Date.now()}), [
        prepared,
      ]);
      setError(r.ok ? undefined : r.message);
    }
  }
  const shown = [
    ...attachments.map((a) => ({id: a.file_id, name: a.file?.name ?? '', kind: a.kind, url: fileUrl(a.file_id), waiting: false})),
    ...pending.filter((p) => !confirmed.has(p.id)).map((p) => ({id: p.id, name: p.name, kind: '', url: p.url, waiting: true})),
  ];
  if (!shown.length && !canAttach) return null;
  return (
    <section className="section invoice-files">
      <h2>{t('files.title')}</h2>
      {shown.length ? (
        <ul className="fin-files">
          {shown.map((f) => (
            <li key={f.id} className={f.waiting ? 'file waiting' : 'file'} data-file-id={f.id} data-kind={f.kind}>
              {f.kind ? <span className="badge">{t(`fin.fileKind.${f.kind as Kind}`)}</span> : null}
              <a href={f.url} target="_blank" rel="noreferrer" className="file-name wrap-anywhere">
                {f.name || '…'}
              </a>
              {f.waiting ? <span className="badge waiting-badge">{t('files.waiting')}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {error ? <div className="alert">{error}</div> : null}
      {canAttach ? (
        <div className="file-actions fin-attach">
          <select aria-label={t('files.kind')} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            {INVOICE_FILE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`fin.fileKind.${k}`)}
              </option>
            ))}
          </select>
          <label className="file-button">
            {t('files.attach')}
            <input type="file" data-testid="invoice-attach-file" multiple onChange={(e) => void add(e.target.files).then(() => (e.target.value = ''))} />
          </label>
        </div>
      ) : null}
    </section>
  );
}
