// What the console's routes answer (their shapes are the routes' response schemas under sync-server/platform/).
import type {CompanyStatus} from '#shared/platform/status.ts';
import type {PlanWithCount} from '#shared/platform/plan.ts';

export type CompanyRow = {
  id: string;
  slug: string;
  name: string;
  status: CompanyStatus;
  statusReason: string | null;
  plan: {key: string; name: string};
  paidUntil: number | null;
  trialUntil: number | null;
  createdAt: number;
  members: number;
  lastActivityAt: number | null;
  requestsWeek: number;
  bookingsWeek: number;
  storageBytes: number;
  messagesMonth: number;
};

export type Week = {weekStart: string; requests: number; bookings: number; messages: number; activeMembers: number};

export type CompanyDetail = {
  company: CompanyRow & {locale: string; timezone: string; deleteAfter: number | null; owners: {name: string; email: string}[]};
  weeks: Week[];
  supportGrant: {expiresAt: number} | null;
};

/** A plan as the console lists it (shared/platform/plan.ts), with how many companies are on it. */
export type Plan = PlanWithCount;

export type Payment = {id: string; planKey: string; paidFrom: number; paidUntil: number; amountTiyn: number; note: string | null; at: number};
