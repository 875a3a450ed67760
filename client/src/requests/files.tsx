import type {Row} from '@rocicorp/zero';
import {useState} from 'react';
import {uuidv7} from 'uuidv7';
import {mutators} from '../../../shared/mutators/index.ts';
import {useT} from '../i18n/i18n.tsx';
import {fileUrl, preparePhoto} from '../ui/photo.ts';
import {usePendingFiles, useWrite} from '../write/writer.tsx';

type Attachment = Row['attachment'] & {file?: Row['file'] | undefined};

/**
 * Photos and documents of a request. A photo taken offline shows at once from
 * the device, marked "waiting to send"; it is uploaded when the network is
 * back, and the attachment is written once the upload has landed.
 */
export function RequestFiles({requestId, attachments, canAttach}: {requestId: string; attachments: readonly Attachment[]; canAttach: boolean}) {
  const t = useT();
  const write = useWrite();
  const pending = usePendingFiles(requestId);
  const [error, setError] = useState<string>();
  const confirmedIds = new Set(attachments.map((a) => a.file_id));

  async function add(list: FileList | null) {
    for (const file of Array.from(list ?? [])) {
      const photo = await preparePhoto(file);
      const r = await write(
        mutators.attachment.add({
          id: uuidv7(),
          entity: 'request',
          entityId: requestId,
          fileId: photo.id,
          kind: photo.mime.startsWith('image/') ? 'photo' : 'document',
          createdAt: Date.now(),
        }),
        [photo],
      );
      if (!r.ok) setError(r.message);
    }
  }

  const shown = [
    ...attachments.map((a) => ({id: a.file_id, name: a.file?.name ?? '', mime: a.file?.mime ?? '', url: fileUrl(a.file_id), waiting: false})),
    ...pending.filter((p) => !confirmedIds.has(p.id)).map((p) => ({...p, waiting: true})),
  ];
  return (
    <section className="section">
      <h2>{t('files.title')}</h2>
      {shown.length ? (
        <ul className="files">
          {shown.map((f) => (
            <li key={f.id} className={f.waiting ? 'file waiting' : 'file'} data-file-id={f.id}>
              {f.mime.startsWith('image/') ? (
                <a href={f.url} target="_blank" rel="noreferrer">
                  <img src={f.url} alt={f.name} loading="lazy" />
                </a>
              ) : (
                <a href={f.url} target="_blank" rel="noreferrer">
                  {f.name}
                </a>
              )}
              {f.waiting ? <span className="badge waiting-badge">{t('files.waiting')}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {error ? <div className="alert">{error}</div> : null}
      {canAttach ? (
        <label className="file-button">
          📷 {t('files.addPhoto')}
          <input type="file" accept="image/*" capture="environment" multiple onChange={(e) => void add(e.target.files).then(() => (e.target.value = ''))} />
        </label>
      ) : null}
    </section>
  );
}
