// An item's photos: taken with the phone's camera or picked from the gallery,
// shrunk on the device, uploaded, attached. The first one is the cover.
import {useState} from 'react';
import {mutators} from '../sync/mutators.ts';
import {useT} from '../i18n/i18n.tsx';
import {usePendingFiles, useWrite} from '../write/writer.tsx';
import {fileUrl, preparePhoto} from '../ui/photo.ts';

type Item = {id: string; title: string; images: readonly {id: string; file_id: string}[]};

export function ItemImages({item, canEdit}: {item: Item; canEdit: boolean}) {
  const t = useT();
  const write = useWrite();
  const [busy, setBusy] = useState(0);
  const [error, setError] = useState<string>();
  const confirmed = new Set(item.images.map((img) => img.file_id));
  const pending = usePendingFiles(item.id).filter((p) => !confirmed.has(p.id));
  async function add(files: FileList | null) {
    setError(undefined);
    for (const file of Array.from(files ?? [])) {
      setBusy((n) => n + 1);
      // Kept on the device and uploaded by the outbox, so this works offline too.
      const photo = await preparePhoto(file);
      const r = await write(
        mutators.attachment.add({id: crypto.randomUUID(), entity: 'catalog_item', entityId: item.id, fileId: photo.id, kind: 'photo', createdAt: Date.now()}),
        [photo],
      );
      if (!r.ok) setError(r.message);
      setBusy((n) => n - 1);
    }
  }
  return (
    <section className="panel item-images">
      <h2>{t('catalog.images')}</h2>
      <ul className="photo-grid">
        {item.images.map((img) => (
          <li key={img.id}>
            <img src={fileUrl(img.file_id)} alt={item.title} loading="lazy" />
            {canEdit ? (
              <button type="button" className="link" aria-label={t('catalog.removePhoto')} onClick={() => void write(mutators.attachment.remove({id: img.id}))}>
                ✕
              </button>
            ) : null}
          </li>
        ))}
        {pending.map((p) => (
          <li key={p.id} className="waiting">
            <img src={p.url} alt={item.title} />
            <span className="badge waiting-badge">{t('files.waiting')}</span>
          </li>
        ))}
        {busy > 0 ? <li className="uploading">{t('catalog.uploading')}</li> : null}
      </ul>
      {canEdit ? (
        <label className="button-like">
          + {t('catalog.addPhoto')}
          <input type="file" accept="image/*" multiple hidden onChange={(e) => void add(e.target.files).then(() => (e.target.value = ''))} />
        </label>
      ) : null}
      {error ? <div className="field-error">{error}</div> : null}
    </section>
  );
}
