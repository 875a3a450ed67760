// Suspend, block, delete, reinstate: only the moves the status table allows,
// each with a reason (every one but reinstating) and a confirmation.
import {COMPANY_STATUSES, mayMoveStatus, needsReason, DELETE_GRACE_DAYS, type CompanyStatus} from '#shared/platform/status.ts';
import {useCall} from './console-api.ts';
import {useConsole, type ConsoleKey} from './console-i18n.tsx';
import {ConfirmAction, ErrorLine} from './console-ui.tsx';
import type {CompanyRow} from './types.ts';

export function CompanyStatusActions({company, onChanged}: {company: CompanyRow; onChanged: () => void}) {
  const {tr} = useConsole();
  const {busy, error, call} = useCall();
  const moves = COMPANY_STATUSES.filter((s) => mayMoveStatus(company.status, s));
  async function move(status: CompanyStatus, reason: string) {
    const r = await call(`/companies/${encodeURIComponent(company.id)}/status`, {method: 'POST', body: {status, ...(reason && {reason})}});
    if (!r) return false;
    onChanged();
  }
  return (
    <div className="panel">
      <h2>{tr('console.company.status')}</h2>
      <ErrorLine error={error} />
      <div className="cn-actions">
        {moves.map((s) => (
          <ConfirmAction
            key={s}
            label={tr(`console.move.${s}` as ConsoleKey)}
            question={tr(`console.move.${s}.question` as ConsoleKey, {name: company.name, days: DELETE_GRACE_DAYS})}
            reason={needsReason(s)}
            danger={s !== 'active'}
            busy={busy}
            onConfirm={(reason) => move(s, reason)}
          />
        ))}
      </div>
    </div>
  );
}
