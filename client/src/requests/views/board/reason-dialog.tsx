// A move that needs a reason (return for rework, reject) asks for it in a
// modal dialog: focus goes to the text, Escape cancels, and the move is sent
// only with a reason written.
import {useEffect, useRef, useState} from 'react';
import {useI18n} from '../../../i18n/i18n.tsx';

export function ReasonDialog({
  title,
  confirm,
  onCancel,
  onConfirm,
}: {
  title: string;
  confirm: string;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}) {
  const {t} = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog ref={ref} className="reason-dialog" aria-labelledby="reason-title" onCancel={onCancel}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim()) onConfirm(reason.trim());
        }}
      >
        <h2 id="reason-title">{title}</h2>
        <label className="field">
          <span className="sr-only">{t('requests.reason')}</span>
          <textarea
            aria-label={t('requests.reason')}
            placeholder={t('requests.reasonPlaceholder')}
            rows={4}
            value={reason}
            autoFocus
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
        <div className="form-actions">
          <button type="button" onClick={onCancel}>
            {t('action.cancel')}
          </button>
          <button className="primary" disabled={!reason.trim()}>
            {confirm}
          </button>
        </div>
      </form>
    </dialog>
  );
}
