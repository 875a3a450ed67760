import type {RequestStatus} from '../../../shared/requests/status.ts';
import {isRequestStatus} from '../../../shared/requests/status.ts';
import {useT} from '../i18n/i18n.tsx';

export function StatusBadge({status}: {status: string}) {
  const t = useT();
  const known: RequestStatus | null = isRequestStatus(status) ? status : null;
  return <span className={`badge status-${known ?? 'other'}`}>{known ? t(`status.${known}`) : status}</span>;
}
