// A document's versions (D2), newest first: number, who, when, the note, and
// open / download. A new file is a new version — never written over an old
// one. Opening a version keeps its bytes on this device (version-store.ts):
// the last opened ones open with the network off, marked "на устройстве".
import {useState} from 'react';
import {uuidv7} from 'uuidv7';
import {formatDate} from '#shared/i18n/format.ts';
import {LOCKED_STATUSES} from '#shared/mutators/documents.ts';
import {mutators} from '../sync/mutators.ts';
import {useI18n} from '../i18n/i18n.tsx';
import {useDeviceOnline} from '../sync/connection-indicator.tsx';
import {TextField} from '../ui/field.tsx';
import {useDraft} from '../ui/use-draft.ts';
import {useWrite} from '../write/writer.tsx';
import type {DocWrite} from './doc-writes.ts';
import {FilePick} from './file-pick.tsx';
import {asNewFile} from './new-document.tsx';
import {download, NotOnDevice, safeUrl, useKept, versionBytes} from './version-store.ts';
import {newestFirst, type VersionRow} from './use-documents.ts';

type Props = {documentId: string; status: string; versions: readonly VersionRow[]; waiting: readonly DocWrite[]; canAdd: boolean; timeZone: string};

const NO_NOTE = {note: ''};

export function DocumentVersions({documentId, status, versions, waiting, canAdd, timeZone}: Props) {
  const {t, locale} = useI18n();
  const write = useWrite();
  const online = useDeviceOnline();
  const kept = useKept();
  const [error, setError] = useState<string>();
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [draft, setDraft, clearDraft] = useDraft(`document-version.${documentId}`, NO_NOTE);
  const keptIds = new Set(kept.map((k) => k.fileId));
  const list = newestFirst(versions);
  const latest = list[0]?.number ?? 0;

  async function take(v: VersionRow, how: 'open' | 'download') {
    setError(undefined);
    const known = kept.find((k) => k.fileId === v.file_id);
    const name = v.file?.name ?? known?.name ?? `v${v.number}`;
    const mime = v.file?.mime ?? known?.mime ?? '';
    // A window opened in the click itself (a popup opened after the bytes arrive would be blocked).
    const w = how === 'open' ? window.open('', '_blank') : null;
    try {
      const blob = await versionBytes({fileId: v.file_id, documentId, name, mime});
      const {url, inPlace} = safeUrl(blob, mime);
      if (how === 'open' && inPlace && w) {
        w.location.href = url;
        return;
      }
      w?.close();
      URL.revokeObjectURL(url);
      download(blob, name, mime);
    } catch (e) {
      w?.close();
      setError(e instanceof NotOnDevice ? t('docs.version.notOnDevice') : t('docs.version.failed'));
    }
  }

  async function add() {
    if (!file) return;
    const picked = asNewFile(file);
    const r = await write(mutators.document.addVersion({id: uuidv7(), documentId, fileId: picked.id, note: draft.note.trim(), createdAt: Date.now()}), [
      picked,
    ]);
    if (!r.ok) {
      setError(r.message);
      return;
    }
    setError(undefined);
    clearDraft();
    setFile(null);
    setInputKey((k) => k + 1);
  }

  const pending = waiting.filter((w) => w.name === 'document.addVersion' && w.state !== 'attention');
  return (
    <section className="section doc-versions">
      <h2>{t('docs.versions.title')}</h2>
      {pending.map((w, i) => (
        <div key={i} className="doc-version waiting" role="status">
          <span className="wrap-anywhere">{w.files[0]?.name || t('docs.version.new')}</span>
          <span className="badge waiting-badge">{t('files.waiting')}</span>
        </div>
      ))}
      {list.length ? (
        <ol className="version-list">
          {list.map((v) => (
            <li key={v.id} className="doc-version" data-version={v.number} data-file-id={v.file_id}>
              <div className="version-head">
                <strong>{t('docs.version.number', {number: v.number})}</strong>
                {v.number === latest ? <span className="badge version-current">{t('docs.version.current')}</span> : null}
                {keptIds.has(v.file_id) ? (
                  <span className="badge version-kept" data-testid="version-kept">
                    {t('docs.version.kept')}
                  </span>
                ) : null}
              </div>
              <div className="version-file wrap-anywhere">{v.file?.name ?? kept.find((k) => k.fileId === v.file_id)?.name ?? '…'}</div>
              <div className="row-meta">
                <span>{v.author?.name ?? t('history.systemActor')}</span>
                <time>{formatDate(v.created_at, timeZone, locale, 'short')}</time>
              </div>
              {v.note ? <p className="version-note wrap-anywhere">{v.note}</p> : null}
              <div className="version-actions">
                <button type="button" onClick={() => void take(v, 'open')} disabled={!online && !keptIds.has(v.file_id)}>
                  {t('docs.version.open')}
                </button>
                <button type="button" onClick={() => void take(v, 'download')} disabled={!online && !keptIds.has(v.file_id)}>
                  {t('docs.version.download')}
                </button>
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('docs.versions.none')}</p>
      )}
      {!online ? <p className="field-hint">{t('docs.version.offlineHint')}</p> : null}
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
      {canAdd && LOCKED_STATUSES.includes(status) ? <p className="field-hint">{t('documents.locked')}</p> : null}
      {canAdd && !LOCKED_STATUSES.includes(status) ? (
        <div className="new-version">
          <h3>{t('docs.version.add')}</h3>
          <FilePick label={t('docs.version.file')} file={file} onPick={setFile} testId="version-file" inputKey={inputKey} />
          {status === 'approval' ? (
            <p className="field-hint" role="note">
              {t('documents.backToDraft')}
            </p>
          ) : null}
          <TextField label={t('docs.version.note')} value={draft.note} onChange={(e) => setDraft({note: e.target.value})} maxLength={500} />
          <div className="form-actions">
            <button type="button" className="primary" disabled={!file} onClick={() => void add()}>
              {t('docs.version.add')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
