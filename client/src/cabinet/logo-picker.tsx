// The company's logo: shown in the header of every public page.
import {useState} from 'react';
import {mutators} from '../sync/mutators.ts';
import {fileUrl, preparePhoto} from '../ui/photo.ts';
import {useT} from '../i18n/i18n.tsx';
import {useWrite} from '../write/writer.tsx';
import type {Profile} from './use-profile.ts';

export function LogoPicker({profile, canEdit}: {profile: Profile; canEdit: boolean}) {
  const t = useT();
  const write = useWrite();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const logos = profile.images.filter((a) => a.kind === 'logo');
  const current = logos[logos.length - 1];
  async function pick(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    const photo = await preparePhoto(file);
    const r = await write(
      mutators.attachment.add({
        id: crypto.randomUUID(),
        entity: 'company_profile',
        entityId: profile.id,
        fileId: photo.id,
        kind: 'logo',
        createdAt: Date.now(),
      }),
      [photo],
    );
    // Only one logo: the older ones go.
    if (r.ok) for (const old of logos) await write(mutators.attachment.remove({id: old.id}));
    else setError(r.message);
    setBusy(false);
  }
  return (
    <div className="field logo-picker">
      <span className="label">{t('site.logo')}</span>
      <div className="logo-row">
        {current ? <img src={fileUrl(current.file_id)} alt="" className="logo-preview" /> : <span className="logo-preview empty" />}
        {canEdit ? (
          <label className="button-like">
            {busy ? t('catalog.uploading') : t('catalog.addPhoto')}
            <input type="file" accept="image/*" hidden onChange={(e) => void pick(e.target.files?.[0])} disabled={busy} />
          </label>
        ) : null}
      </div>
      {error ? <div className="field-error">{error}</div> : null}
    </div>
  );
}
