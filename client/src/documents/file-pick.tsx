// Picking a document's file: a button in the app's language (the browser's own
// file field speaks the browser's), the name picked beside it.
import {useI18n} from '../i18n/i18n.tsx';

type Props = {label: string; file: File | null; onPick: (file: File | null) => void; testId: string; inputKey?: number};

export function FilePick({label, file, onPick, testId, inputKey}: Props) {
  const {t} = useI18n();
  return (
    <div className="field file-pick">
      <div className="label">{label}</div>
      <label className="file-button">
        {file ? t('docs.file.change') : t('docs.file.pick')}
        <input key={inputKey} type="file" data-testid={testId} aria-label={label} onChange={(e) => onPick(e.target.files?.[0] ?? null)} />
      </label>
      {file ? <span className="picked-name wrap-anywhere">{file.name}</span> : null}
    </div>
  );
}
