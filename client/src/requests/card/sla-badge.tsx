import {formatDuration} from '#shared/i18n/format.ts';
import {requestSla} from '#shared/requests/state.ts';
import {useI18n} from '../../i18n/i18n.tsx';
import {useMinute} from '../../ui/use-minute.ts';

type Props = {dueAt: number | null | undefined; escalateAfterHours: number; escalatedAt?: number | null | undefined; open?: boolean};

/** Time left in the current status, or how late it is; nothing once the request is closed. The clock ticks every minute. */
export function SlaBadge({dueAt, escalateAfterHours, escalatedAt, open = true}: Props) {
  const {t, locale} = useI18n();
  const now = useMinute();
  const s = requestSla(now, {sla_due_at: dueAt, escalated_at: escalatedAt}, open, escalateAfterHours);
  if (s.escalated) {
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
