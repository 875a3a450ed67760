// What a mutator did, as its body returned it, kept for the server's effects of
// the same transaction. Keyed by the transaction object, so two writes never
// see each other's outcome and nothing outlives the transaction.
const outcomes = new WeakMap<object, unknown>();

export function setOutcome(tx: object, outcome: unknown): void {
  outcomes.set(tx, outcome);
}

/** Taken once: a second write in the same transaction starts from nothing. */
export function takeOutcome(tx: object): unknown {
  const outcome = outcomes.get(tx);
  outcomes.delete(tx);
  return outcome;
}
