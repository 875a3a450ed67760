// A company's account status as a table (issue 18, X1/X2). Pure: the console's
// routes and the screens read the same rules.
//
// - active: everything works.
// - suspended: the company sees why (sign-in, the open app); sync, API keys and
//   public pages stop at once; nothing is deleted. Unpaid plans end here too.
// - blocked: the same, for breaking the platform's rules.
// - deleted: the owner is offered an export; the data is removed once the
//   grace period has passed. Reinstated before then, nothing is lost.
export const COMPANY_STATUSES = ['active', 'suspended', 'blocked', 'deleted'] as const;
export type CompanyStatus = (typeof COMPANY_STATUSES)[number];

/** Days between "deleted" and the removal of the company's data. */
export const DELETE_GRACE_DAYS = 30;

const NEXT: Record<CompanyStatus, readonly CompanyStatus[]> = {
  active: ['suspended', 'blocked', 'deleted'],
  suspended: ['active', 'blocked', 'deleted'],
  blocked: ['active', 'suspended', 'deleted'],
  deleted: ['active'],
};

export function isCompanyStatus(value: unknown): value is CompanyStatus {
  return typeof value === 'string' && (COMPANY_STATUSES as readonly string[]).includes(value);
}

/** Whether a company may go from one status to another. */
export function mayMoveStatus(from: CompanyStatus, to: CompanyStatus): boolean {
  return NEXT[from].includes(to);
}

/** Every status but active stops the company; each needs a reason the company is shown. */
export function needsReason(to: CompanyStatus): boolean {
  return to !== 'active';
}
