// The task's photos and files (attachment entity "task"): the result's photo
// taken offline shows at once from the device, marked "waiting to send"; the
// outbox uploads it when the network is back, writes the attachment, and only
// then sends the writes about the task that came after it (a hand-in).
import {uuidv7} from 'uuidv7';
import {useState} from 'react';
import {isPreviewableImage} from '#shared/files/serving.ts';
import {mutators} from '../sync/mutators.ts';
import {useT} from '../i18n/i18n.tsx';
import {fileUrl, preparePhoto} from '../ui/photo.ts';
import {useWrite} from '../write/writer.tsx';
import type {AttachmentRow} from './use-tasks.ts';

type Pending = {id: string; name: string; url: string; mime: string};

type Props = {taskId: string; attachments: readonly AttachmentRow[]; pending: readonly Pending[]; canAttach: boolean; inForm: boolean};

export function TaskFiles({taskId, attachments, pending, canAttach, inForm}: Props) {
  const t = useT();
  const write = useWrite();
  const [error, setError] = useState<string>();

  async function add(list: FileList | null) {
    for (const file of Array.from(list ?? [])) {
      const prepared = await preparePhoto(file);
      const kind = prepared.mime.startsWith('image/') ? 'photo' : 'document';
      const r = await write(mutators.attachment.add({id: uuidv7(), entity: 'task', entityId: taskId, fileId: prepared.id, kind, createdAt: Date.now()}), [
        prepared,
      ]);
      setError(r.ok ? undefined : r.message);
    }
  }

  const shown = [
    ...attachments.map((a) => ({id: a.file_id, name: a.file?.name ?? '', mime: a.file?.mime ?? '', url: fileUrl(a.file_id), waiting: false})),
    ...pending.map((p) => ({...p, waiting: true})),
  ];
  if (!shown.length && !canAttach) return null;
  const Wrap = inForm ? 'div' : 'section';
  return (
    <Wrap className={inForm ? 'task-files' : 'section task-files'}>
      {inForm ? <div className="label">{t('tasks.handIn.files')}</div> : <h2>{t('files.title')}</h2>}
      {shown.length ? (
        <ul className="files">
          {shown.map((f) => (
            <li key={f.id} className={f.waiting ? 'file waiting' : 'file'} data-file-id={f.id}>
              {isPreviewableImage(f.mime) ? (
                <a href={f.url} target="_blank" rel="noreferrer">
                  <img src={f.url} alt={f.name} loading="lazy" />
                </a>
              ) : (
                <a href={f.url} target="_blank" rel="noreferrer" className="file-name wrap-anywhere">
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
        <div className="file-actions">
          <label className="file-button">
            {t('files.addPhoto')}
            <input type="file" accept="image/*" capture="environment" multiple onChange={(e) => void add(e.target.files).then(() => (e.target.value = ''))} />
          </label>
          <label className="file-button">
            {t('files.attach')}
            <input type="file" data-testid="task-attach-file" multiple onChange={(e) => void add(e.target.files).then(() => (e.target.value = ''))} />
          </label>
        </div>
      ) : null}
    </Wrap>
  );
}
