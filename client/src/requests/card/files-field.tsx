// A custom field of the "files" kind (a design mock-up, scans): the files are
// attached to the request like any other, and the field lists their ids, so
// "required" means "at least one file here". Works offline: the upload waits
// in the outbox, the field already lists the file.
import {useQuery} from '@rocicorp/zero/react';
import {useState} from 'react';
import {uuidv7} from 'uuidv7';
import {mutators} from '../../sync/mutators.ts';
import {queries} from '#shared/queries/index.ts';
import {useT} from '../../i18n/i18n.tsx';
import {fileUrl, preparePhoto} from '../../ui/photo.ts';
import {usePendingFiles, useWrite} from '../../write/writer.tsx';

type Props = {id: string; requestId: string; fieldKey: string; value: unknown; disabled: boolean};

export function FilesField({id, requestId, fieldKey, value, disabled}: Props) {
  const t = useT();
  const write = useWrite();
  const [card] = useQuery(queries.requests.card({id: requestId}));
  const pending = usePendingFiles(requestId);
  const [error, setError] = useState<string>();
  const ids = Array.isArray(value) ? (value as string[]) : [];
  const nameOf = (fileId: string) => card?.attachments.find((a) => a.file_id === fileId)?.file?.name ?? pending.find((p) => p.id === fileId)?.name ?? '…';

  async function add(list: FileList | null) {
    const added: string[] = [];
    for (const file of Array.from(list ?? [])) {
      const prepared = await preparePhoto(file);
      const r = await write(
        mutators.attachment.add({id: uuidv7(), entity: 'request', entityId: requestId, fileId: prepared.id, kind: 'document', createdAt: Date.now()}),
        [prepared],
      );
      if (!r.ok) return setError(r.message);
      added.push(prepared.id);
    }
    if (!added.length) return;
    const r = await write(mutators.request.setFields({id: requestId, fields: {[fieldKey]: [...ids, ...added]}}));
    setError(r.ok ? undefined : r.message);
  }

  return (
    <div className="files-field" id={id}>
      {ids.length ? (
        <ul className="files-field-list">
          {ids.map((fileId) => (
            <li key={fileId}>
              <a href={fileUrl(fileId)} target="_blank" rel="noreferrer">
                {nameOf(fileId)}
              </a>
              {!disabled ? (
                <button
                  type="button"
                  className="link-button"
                  aria-label={`${t('action.delete')}: ${nameOf(fileId)}`}
                  onClick={() => void write(mutators.request.setFields({id: requestId, fields: {[fieldKey]: ids.filter((x) => x !== fileId)}}))}
                >
                  ×
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {!disabled ? (
        <label className="file-button">
          {t('files.attach')}
          <input type="file" multiple onChange={(e) => void add(e.target.files).then(() => (e.target.value = ''))} />
        </label>
      ) : null}
      {error ? <div className="field-error">{error}</div> : null}
    </div>
  );
}
