// What a dashboard shows, as one value computed two ways: on the server by SQL
// (sync-server/analytics/) for any range, and on the device from its replica
// (shared/analytics/compute/) for the recent period. Both must give the same
// value for the same query and `now`: sync-server/analytics/agreement.pg.test.ts
// compares them. So every figure is an integer (counts, sums of tiyn or of
// milliseconds, a median taken as an element): no floats to round two ways.
// Ratios are shown by the screen from their numerator and denominator.
//
// Days are "YYYY-MM-DD" in the company's zone; a record belongs to the day its
// moment falls on there (shared/booking/zone.ts dayOf).

export type DashboardQuery = {
  /** First and last day of the period, inclusive. */
  readonly from: string;
  readonly to: string;
  /** Branch or city: a request's department, an invoice's and a budget line's branch. */
  readonly branch?: string | undefined;
  /** An invoice's and a budget line's project (requests have none). */
  readonly project?: string | undefined;
  /** A request type (requests only). */
  readonly typeId?: string | undefined;
  /** A member: the requests they are responsible for, the tasks assigned to them, the bookings of their master profile. */
  readonly responsibleId?: string | undefined;
};

/** The sections a viewer may see (shared/analytics/access.ts); a section not granted is absent from the dashboard. */
export const SECTIONS = ['requests', 'funnel', 'clients', 'bookings', 'people', 'workload', 'finance'] as const;
export type Section = (typeof SECTIONS)[number];

export type Count = {readonly key: string; readonly count: number};
export type Duration = {
  /** How many durations, their sum (ms), and the median (ms; the ⌈n/2⌉-th smallest, 0 when n = 0). */
  readonly n: number;
  readonly totalMs: number;
  readonly medianMs: number;
};

export type RequestsSection = {
  /** Requests created in the period (filters applied). */
  readonly total: number;
  /** Every day of the period, zeros included, in order. */
  readonly byDay: readonly {readonly day: string; readonly count: number}[];
  /** By source tag ("form", "qr-table", "telegram", …), most first, then by key. */
  readonly bySource: readonly Count[];
  /**
   * Of the period's requests, by their status's kind now: all five kinds in this order (open, in_work, waiting, done,
   * cancelled), zeros included. The kind comes from the type's workflow as the app reads it (shared/workflow/resolve.ts
   * workflowOf: no type, or a workflow that does not parse, means the built-in five statuses); a status the workflow
   * lacks is open. compute/kinds.ts kindTable gives the same as rows for SQL.
   */
  readonly byKind: readonly Count[];
  /** Of the period's requests not done or cancelled: those past sla_due_at or deadline at `now`. */
  readonly overdue: number;
  /** Per type (key: type id, "" for none) and per department ("" for none): open (open + in_work + waiting) and overdue now. */
  readonly byType: readonly {readonly key: string; readonly total: number; readonly open: number; readonly overdue: number}[];
  readonly byDepartment: readonly {readonly key: string; readonly total: number; readonly open: number; readonly overdue: number}[];
  /** Period's requests now in a done-kind status: from created_at to entering that status (the last time). */
  readonly processing: Duration;
  /** Time in each status (key: status key), of the period's requests' stages; a stage still open counts until `now`. Sorted by key. */
  readonly stages: readonly (Duration & {readonly key: string})[];
  /** Requests per catalog item they are about (key: item id), most first, then by key; requests with none are left out. */
  readonly byItem: readonly Count[];
};

/**
 * One row per source tag (a QR placement "qr-table", a link "site", "" for a direct visit):
 * the way from a look to a returning client. Filters other than the period do not apply (a visitor has no type or branch).
 */
export type FunnelRow = {
  readonly source: string;
  /** Page views and unique visitors (site_stat kinds view and visitor) in the period. */
  readonly views: number;
  readonly visitors: number;
  /** Requests created in the period with this source, plus messenger conversations started with it. */
  readonly wrote: number;
  /** Visit bookings created in the period with this source (any status). */
  readonly booked: number;
  /** Of those: confirmed and ended by `now`. */
  readonly came: number;
  /** Of those who came: with a client whose later visit (any source) was confirmed and ended by `now`. */
  readonly cameAgain: number;
};

export type FunnelSection = {
  /** Rows sorted by views, then wrote, then booked (most first), then by source. */
  readonly rows: readonly FunnelRow[];
  /** Views and requests (site_stat kind request) per page ("home", "item", "request", "book", …), most viewed first, then by key. */
  readonly pages: readonly {readonly key: string; readonly views: number; readonly requests: number}[];
  /** Views per catalog item page (key: item id), most first, then by key. */
  readonly items: readonly Count[];
};

export type ClientsSection = {
  /** Distinct clients with a request or a visit booking in the period (filters applied). */
  readonly active: number;
  /** Of those: created in the period. The rest are repeat. */
  readonly new: number;
  readonly repeat: number;
};

export type MasterRow = {
  /** booking_master id. */
  readonly key: string;
  /** Minutes the master's places are open in the period (hours and exceptions), and minutes of visits not cancelled. */
  readonly openMin: number;
  readonly bookedMin: number;
  readonly visits: number;
  readonly cancelled: number;
  readonly noShow: number;
  /** Sum of the prices (tiyn) of visits that came (confirmed and ended by `now`). */
  readonly revenue: number;
};

export type BookingsSection = {
  /** Visits starting in the period, all masters (the per-master rows sum to these). */
  readonly visits: number;
  readonly cancelled: number;
  readonly noShow: number;
  readonly revenue: number;
  /** Per master, by revenue then visits (most first), then by key. */
  readonly masters: readonly MasterRow[];
  /** Visits per service (key: service id, or its title when none), most first, then by key. */
  readonly services: readonly Count[];
};

export type PersonRow = {
  /** member id. */
  readonly key: string;
  /** The period's requests they are responsible for; of those: done now; done by sla_due_at or deadline (none: on time); that re-entered a status they had been in. */
  readonly assigned: number;
  readonly closed: number;
  readonly onTime: number;
  readonly returned: number;
  /** Reviews of the period for the master profile linked to them: how many and the sum of their ratings. */
  readonly reviews: number;
  readonly ratingSum: number;
};

export type PeopleSection = {
  /** By closed, then assigned (most first), then by key. */
  readonly rows: readonly PersonRow[];
};

export type WorkloadSection = {
  /** shared/tasks/workload.ts over the company's tasks, for the period. */
  readonly rows: readonly {readonly key: string; readonly open: number; readonly overdue: number; readonly closed: number}[];
};

export type FinanceSection = {
  /**
   * Invoices created in the period (filters branch, project), by status group: count and sum in tiyn of KZT (amount_kzt).
   * Awaiting approval: status approval; in payment: approved or paying; paid: paid or closed.
   */
  readonly awaiting: {readonly count: number; readonly amount: number};
  readonly paying: {readonly count: number; readonly amount: number};
  readonly paid: {readonly count: number; readonly amount: number};
  /** Budget lines whose period overlaps the range: plan vs actual (tiyn), per line (key: line id), by plan (most first). */
  readonly budget: readonly {readonly key: string; readonly plan: number; readonly actual: number}[];
};

export type Dashboard = {
  readonly query: DashboardQuery;
  /** The moment "now" the figures were taken at (ms). */
  readonly now: number;
  readonly requests?: RequestsSection;
  readonly funnel?: FunnelSection;
  readonly clients?: ClientsSection;
  readonly bookings?: BookingsSection;
  readonly people?: PeopleSection;
  readonly workload?: WorkloadSection;
  readonly finance?: FinanceSection;
};
