// Who gets a new request when its type assigns automatically: in turn (round
// robin), the least loaded (fewest open requests), or among people of given
// positions/skills (then the least loaded of them). Pure and deterministic:
// ties go to the earlier id.
import type {Assignment} from './types.ts';

export type Candidate = {id: string; position: string; skills: readonly string[]};

const norm = (s: string) => s.trim().toLocaleLowerCase();

export function eligible(assignment: Assignment, people: readonly Candidate[]): Candidate[] {
  const sorted = [...people].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (!assignment.positions.length) return sorted;
  const wanted = new Set(assignment.positions.map(norm));
  return sorted.filter((p) => wanted.has(norm(p.position)) || p.skills.some((s) => wanted.has(norm(s))));
}

/**
 * Returns the chosen person and, for round robin, the turn to store for next
 * time; null when nobody is eligible (the request stays unassigned).
 */
export function chooseAssignee(
  assignment: Assignment,
  people: readonly Candidate[],
  openLoad: ReadonlyMap<string, number>,
  lastTurn: number,
): {memberId: string; turn: number} | null {
  if (assignment.mode === 'manual') return null;
  const pool = eligible(assignment, people);
  if (!pool.length) return null;
  if (assignment.mode === 'round_robin') {
    const turn = (((lastTurn + 1) % pool.length) + pool.length) % pool.length;
    return {memberId: pool[turn]!.id, turn};
  }
  let best = pool[0]!;
  for (const p of pool) if ((openLoad.get(p.id) ?? 0) < (openLoad.get(best.id) ?? 0)) best = p;
  return {memberId: best.id, turn: lastTurn};
}
