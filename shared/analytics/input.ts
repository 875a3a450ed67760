// The rows a dashboard is computed from on the device: the columns each
// section reads, as the replica (or a test's SQL) gives them. Times are epoch
// ms; money is integer tiyn. A section the viewer is not granted gets empty
// lists (shared/analytics/access.ts).
import type {AnalyticsGrants} from './access.ts';

type R<T> = readonly T[];

export type AnalyticsInput = {
  readonly timeZone: string;
  readonly grants: AnalyticsGrants;
  /** Each type's workflow (JSON as stored): a status's kind is read from it; an unknown status counts as "open". */
  readonly types: R<{readonly id: string; readonly workflow: unknown}>;
  readonly requests: R<{
    readonly id: string;
    readonly created_at: number;
    readonly source: string;
    readonly status: string;
    readonly type_id?: string | null | undefined;
    readonly responsible_id?: string | null | undefined;
    readonly department: string;
    readonly sla_due_at?: number | null | undefined;
    readonly deadline?: number | null | undefined;
    readonly catalog_item_id?: string | null | undefined;
    readonly client_id?: string | null | undefined;
  }>;
  readonly stages: R<{readonly request_id: string; readonly status: string; readonly entered_at: number; readonly left_at?: number | null | undefined}>;
  readonly reviews: R<{readonly master_id?: string | null | undefined; readonly rating: number; readonly created_at: number}>;
  readonly siteStats: R<{
    readonly day: string;
    readonly kind: string;
    readonly page: string;
    readonly ref_id: string;
    readonly source: string;
    readonly count: number;
  }>;
  readonly conversations: R<{readonly source: string; readonly created_at: number}>;
  readonly bookings: R<{
    readonly id: string;
    readonly master_id: string;
    readonly service_id?: string | null | undefined;
    readonly service_title: string;
    readonly kind: string;
    readonly status: string;
    readonly starts_at: number;
    readonly ends_at: number;
    readonly price?: number | null | undefined;
    readonly source: string;
    readonly client_id?: string | null | undefined;
    readonly created_at: number;
  }>;
  readonly masters: R<{
    readonly id: string;
    readonly member_id?: string | null | undefined;
    readonly places: R<{
      readonly id: string;
      readonly hours: unknown;
      readonly timezone: string;
      readonly archived_at?: number | null | undefined;
      readonly exceptions: R<{readonly day: string; readonly open: boolean; readonly intervals: unknown}>;
    }>;
  }>;
  readonly clients: R<{readonly id: string; readonly created_at: number}>;
  readonly tasks: R<{
    readonly assignee_id?: string | null | undefined;
    readonly status: string;
    readonly deadline?: number | null | undefined;
    readonly created_at: number;
    readonly closed_at?: number | null | undefined;
  }>;
  readonly invoices: R<{readonly status: string; readonly amount_kzt: number; readonly branch: string; readonly project: string; readonly created_at: number}>;
  readonly budget: R<{
    readonly id: string;
    readonly period: string;
    readonly branch: string;
    readonly project: string;
    readonly plan: number;
    readonly invoices: R<{readonly id: string; readonly status: string; readonly amount_kzt: number}>;
  }>;
};

/** How far back the device keeps what the dashboards count: the recent period is computed there, offline too. */
export const DEVICE_WINDOW_DAYS = 100;
