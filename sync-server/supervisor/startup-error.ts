/** A start-up problem the user can fix; printed as one line, never as a stack. */
export class StartupError extends Error {}
