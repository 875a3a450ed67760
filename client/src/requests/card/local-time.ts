// <input type="datetime-local"> speaks wall-clock time; the company's zone
// (not the device's) decides what that wall clock means.
function offsetAt(epochMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
    .formatToParts(new Date(epochMs))
    .reduce<Record<string, number>>((acc, p) => (p.type === 'literal' ? acc : {...acc, [p.type]: Number(p.value)}), {});
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

export function toLocalInput(epochMs: number | null | undefined, timeZone: string): string {
  if (epochMs === null || epochMs === undefined) return '';
  return new Date(epochMs + offsetAt(epochMs, timeZone)).toISOString().slice(0, 16);
}

export function fromLocalInput(value: string, timeZone: string): number | null {
  if (!value) return null;
  const wall = Date.parse(`${value}:00Z`);
  if (Number.isNaN(wall)) return null;
  return wall - offsetAt(wall - offsetAt(wall, timeZone), timeZone);
}
