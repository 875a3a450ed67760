import {awaitsAcceptance} from '#shared/requests/acceptance.ts';
import {useT} from '../i18n/i18n.tsx';

/** "Не принята" on an urgent request its responsible person has not taken yet — the same mark in every view. */
export function NotAcceptedBadge({request}: {request: Parameters<typeof awaitsAcceptance>[0]}) {
  const t = useT();
  if (!awaitsAcceptance(request)) return null;
  return (
    <span className="badge not-accepted" data-accepted="no">
      {t('requests.notAccepted')}
    </span>
  );
}
