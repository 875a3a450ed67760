// New ids for an imported company (issue 19). Every row that has an `id` gets a
// new one, and every place the old id is written gets the new one: a column
// (request.client_id), a value inside JSON (booking_service.place_ids, a request
// type's steps, the audit log's changes), an object's key, a part of an id made
// of ids (a page counter's "<company>|<day>|…|<master>", file.storage_key
// "<company>/<file>", a default request type's "<company>:type:request"), and —
// for ids that are UUIDs — anywhere inside a longer string (a notification's url).
// Ids that hold the old company's id keep their shape with the new one, so an id
// the code derives from the company (the default request type) still matches.
import {randomUUID} from 'node:crypto';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export type IdMap = Map<string, string>;

/**
 * The map from every old id to its new one. `fixed` are decided by the caller (the old company → the target
 * company, the old owner's member → the importing owner's); every other row id is new.
 */
export function buildIdMap(tables: Iterable<Record<string, unknown>[]>, oldCompany: string, newCompany: string, fixed: [string, string][] = []): IdMap {
  const map: IdMap = new Map([[oldCompany, newCompany], ...fixed]);
  const derived: string[] = [];
  for (const rows of tables) {
    for (const row of rows) {
      const id = row.id;
      if (typeof id !== 'string' || map.has(id)) continue;
      if (id.includes(oldCompany)) derived.push(id);
      else map.set(id, randomUUID());
    }
  }
  // Made of other ids: their parts mapped once every plain id has its new one.
  for (const id of derived) map.set(id, remapString(id, map));
  return map;
}

/** Where an id the code builds from other ids joins its parts ("<company>|<day>|…|<master>", "<company>/<file>"). */
const JOINT = /([|:/])/;

const uuidsIn = (s: string, map: IdMap) => (s.length >= 36 ? s.replace(UUID, (m) => map.get(m) ?? map.get(m.toLowerCase()) ?? m) : s);

/** One string: itself an old id, or made of old ids joined by | : or /, or holding old UUID ids inside it. */
function remapString(s: string, map: IdMap): string {
  const whole = map.get(s);
  if (whole !== undefined) return whole;
  if (!JOINT.test(s)) return uuidsIn(s, map);
  return s
    .split(JOINT)
    .map((part) => map.get(part) ?? uuidsIn(part, map))
    .join('');
}

/** Any value read from an export's JSON, with every old id in it replaced (keys of objects included). */
export function remapValue(value: unknown, map: IdMap): unknown {
  if (typeof value === 'string') return remapString(value, map);
  if (Array.isArray(value)) return value.map((v) => remapValue(v, map));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [remapString(k, map), remapValue(v, map)]));
  }
  return value;
}

/**
 * Rows ordered so that a row comes after the row of the same table it points to (a category's parent, a task's
 * parent task, a merged client's survivor): a batch never names a row that is not there yet. A cycle keeps its order
 * (the database then names the row it refuses).
 */
export function parentsFirst(rows: Record<string, unknown>[], selfColumns: string[]): Record<string, unknown>[] {
  if (!selfColumns.length) return rows;
  const ids = new Set(rows.map((r) => r.id));
  const placed = new Set<unknown>();
  const out: Record<string, unknown>[] = [];
  let pending = rows;
  while (pending.length) {
    const next: Record<string, unknown>[] = [];
    for (const r of pending) {
      const ready = selfColumns.every((c) => r[c] == null || r[c] === r.id || !ids.has(r[c]) || placed.has(r[c]));
      if (ready) {
        out.push(r);
        placed.add(r.id);
      } else next.push(r);
    }
    if (next.length === pending.length) return [...out, ...next];
    pending = next;
  }
  return out;
}
