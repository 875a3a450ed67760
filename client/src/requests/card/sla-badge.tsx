import {useEffect, useState} from 'react';
import {formatDuration} from '../../../../shared/i18n/format.ts';
import {slaState} from '../../../../shared/workflow/sla.ts';
import {useI18n} from '../../i18n/i18n.tsx';

/** Time left in the current status, or how late it is; the clock ticks every minute. */
export function SlaBadge({dueAt, escalateAfterHours, escalatedAt}: {dueAt: number | null | undefined; escalateAfterHours: number; escalatedAt?: number | null | undefined}) {
  const {t, locale} = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(id);
  }, []);
  const s = slaState(now, dueAt, escalateAfterHours);
  // Escalation is the server's word (its clock, its job): shown whatever this device's clock says.
  if (escalatedAt) {
    return (
      <span className="badge sla sla-escalated" data-sla="escalated">
        {t('requests.escalated')}
      </span>
    );
  }
  if (s.state === 'none') return null;
  const time = formatDuration(s.leftMs, locale);
  return (
    <span className={`badge sla sla-${s.state}`} data-sla={s.state}>
      {s.state === 'ok' ? t('requests.sla.left', {time}) : t('requests.sla.overdue', {time})}
    </span>
  );
}
