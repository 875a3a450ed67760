import {useRequestConfig} from './use-request-config.ts';

/** A status in its workflow's name and colour. */
export function StatusBadge({status, typeId}: {status: string; typeId?: string | null | undefined}) {
  const config = useRequestConfig();
  const s = config.status(typeId, status);
  const color = s?.color ?? '#64748b';
  return (
    <span className={`badge status-${status}`} data-status={status} style={{background: `${color}1f`, color}}>
      {config.statusName(typeId, status)}
    </span>
  );
}
