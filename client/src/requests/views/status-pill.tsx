import type {ViewContext} from './use-view-env.ts';

/** A status in its workflow's name and colour (the list's own copy of StatusBadge, without a hook per row). */
export function StatusPill({env, typeId, status}: {env: ViewContext; typeId: string | null | undefined; status: string}) {
  const color = env.config.status(typeId, status)?.color ?? '#64748b';
  return (
    <span className={`badge status-${status}`} data-status={status} style={{background: `${color}1f`, color}}>
      {env.statusName(typeId, status)}
    </span>
  );
}
