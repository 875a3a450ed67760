// P4: each module of the platform can be switched on or off per company. A
// module that is off disappears from the app's navigation and from the public
// pages. Stored as {module: boolean}; a missing key means the default, so a
// module added later needs no data migration.
export const MODULES = ['requests', 'crm', 'catalog', 'booking', 'reviews', 'backoffice', 'analytics', 'messengers', 'tasks', 'finance'] as const;
export type Module = (typeof MODULES)[number];

/** S0 is for small businesses: the internal back-office (S1) starts off. */
export const DEFAULT_MODULES: Record<Module, boolean> = {
  requests: true,
  crm: true,
  catalog: true,
  booking: true,
  reviews: true,
  backoffice: false,
  analytics: true,
  messengers: true,
  tasks: true,
  // Invoices, budgets and the document archive are a back office's (S1), not a salon's.
  finance: false,
};

export type ModuleSwitches = {readonly [key: string]: boolean};

export function isModule(value: unknown): value is Module {
  return typeof value === 'string' && (MODULES as readonly string[]).includes(value);
}

export function moduleOn(switches: ModuleSwitches | null | undefined, module: Module): boolean {
  const v = switches?.[module];
  return typeof v === 'boolean' ? v : DEFAULT_MODULES[module];
}

/** Every module with its effective state. */
export function moduleStates(switches: ModuleSwitches | null | undefined): Record<Module, boolean> {
  return Object.fromEntries(MODULES.map((m) => [m, moduleOn(switches, m)])) as Record<Module, boolean>;
}
