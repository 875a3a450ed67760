// The company's plan as the server reports it (GET /api/v1/plan, owners only):
// plans are the platform's data, not synced, so this is read when shown.
import {useEffect, useState} from 'react';
import type {Plan} from '#shared/platform/plan.ts';
import {useI18n} from '../../i18n/i18n.tsx';
import {api} from '../../session/api.ts';

export type OwnPlan = {
  plan: Plan;
  usage: {members: number; storageBytes: number; messagesMonth: number};
  paidUntil: number | null;
  trialUntil: number | null;
};

/** undefined while loading, null when it could not be read (offline, or not an owner). */
export function useOwnPlan(enabled = true): OwnPlan | null | undefined {
  const {locale} = useI18n();
  const [plan, setPlan] = useState<OwnPlan | null | undefined>(enabled ? undefined : null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void api<OwnPlan>('/plan', {locale}).then((r) => live && setPlan(r.ok ? r.data : null));
    return () => {
      live = false;
    };
  }, [enabled, locale]);
  return plan;
}
