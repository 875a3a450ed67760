import type {Row} from '@rocicorp/zero';
import {useState} from 'react';
import {uuidv7} from 'uuidv7';
import {mutators} from '../sync/mutators.ts';
import {useT} from '../i18n/i18n.tsx';
import {fileUrl, preparePhoto} from '../ui/photo.ts';
import {usePendingFiles, useWrite} from '../write/writer.tsx';
import {isPreviewableImage} from '#shared/files/serving.ts';
import {REQUEST_FILE_KINDS, type RequestFileKind as FileKind} from '#shared/requests/card-fields.ts';

type Attachment = Row['attachment'] & {file?: Row['file'] | undefined};

export {REQUEST_FILE_KINDS};

/**
 * Photos and documents of a request. A photo taken offline shows at once from
 * the device, marked "waiting to send"; it is uploaded when the network is
 * back, and the attachment is written once the upload has landed. `wanted`
 * are the kinds the next moves of the workflow ask for: offered first.
 * `kinds`: the kinds this request's type offers (card-fields.ts); all by default.
 */
export function RequestFiles({
  requestId,
  attachments,
  canAttach,
  wanted = [],
  kinds = REQUEST_FILE_KINDS,
}: {
  requestId: string;
  attachments: readonly Attachment[];
  canAttach: boolean;
  wanted?: readonly string[];
  kinds?: readonly FileKind[];
}) {
  const t = useT();
  const write = useWrite();
  const pending = usePendingFiles(requestId);
  const [error, setError] = useState<string>();
  const firstWanted = kinds.find((k) => wanted.includes(k));
  const [kind, setKind] = useState<FileKind>(firstWanted ?? 'document');
  const confirmedIds = new Set(attachments.map((a) => a.file_id));

  async function add(list: FileList | null, as: FileKind | 'auto') {
    for (const file of Array.from(list ?? [])) {
      const prepared = await preparePhoto(file);
      const r = await write(
        mutators.attachment.add({
          id: uuidv7(),
          entity: 'request',
          entityId: requestId,
          fileId: prepared.id,
          kind: as === 'auto' ? (prepared.mime.startsWith('image/') ? 'photo' : 'document') : as,
          createdAt: Date.now(),
        }),
        [prepared],
      );
      setError(r.ok ? undefined : r.message);
    }
  }

  const shown = [
    ...attachments.map((a) => ({id: a.file_id, name: a.file?.name ?? '', mime: a.file?.mime ?? '', url: fileUrl(a.file_id), kind: a.kind, waiting: false})),
    ...pending.filter((p) => !confirmedIds.has(p.id)).map((p) => ({...p, kind: '', waiting: true})),
  ];
  return (
    <section className="section">
      <h2>{t('files.title')}</h2>
      {shown.length ? (
        <ul className="files">
          {shown.map((f) => (
            <li key={f.id} className={f.waiting ? 'file waiting' : 'file'} data-file-id={f.id} data-kind={f.kind || undefined}>
              {isPreviewableImage(f.mime) ? (
                <a href={f.url} target="_blank" rel="noreferrer">
                  <img src={f.url} alt={f.name} loading="lazy" />
                </a>
              ) : (
                <a href={f.url} target="_blank" rel="noreferrer" className="file-name">
                  {f.name}
                </a>
              )}
              {f.kind && f.kind !== 'photo' ? <span className="badge file-kind">{t(`fileKind.${f.kind as FileKind}`)}</span> : null}
              {f.waiting ? <span className="badge waiting-badge">{t('files.waiting')}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {error ? <div className="alert">{error}</div> : null}
      {canAttach ? (
        <div className="file-actions">
          <label className="file-button">
            {t('files.addPhoto')}
            <input
              type="file"
              accept="image/*"
              capture="environment"
              multiple
              onChange={(e) => void add(e.target.files, 'auto').then(() => (e.target.value = ''))}
            />
          </label>
          <span className="attach-as">
            <select aria-label={t('files.kind')} value={kind} onChange={(e) => setKind(e.target.value as FileKind)}>
              {[...kinds]
                .sort((a, b) => Number(wanted.includes(b)) - Number(wanted.includes(a)))
                .map((k) => (
                  <option key={k} value={k}>
                    {t(`fileKind.${k}`)}
                  </option>
                ))}
            </select>
            <label className="file-button">
              {t('files.attach')}
              <input type="file" data-testid="attach-file" multiple onChange={(e) => void add(e.target.files, kind).then(() => (e.target.value = ''))} />
            </label>
          </span>
        </div>
      ) : null}
    </section>
  );
}
