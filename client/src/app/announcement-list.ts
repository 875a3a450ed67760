// Which of the platform's announcements a device shows (announcements.tsx):
// the maintenance banner first, then the announcements, less those closed on
// this device. A closed maintenance banner is known by its text, so a new
// message shows again.
export type Announcement = {id: string; text: string; tone: 'info' | 'warning'};
export type AnnouncementsAnswer = {announcements: Announcement[]; maintenance: string | null};

const maintenanceId = (text: string) => `maintenance:${text}`;

function all(answer: AnnouncementsAnswer): Announcement[] {
  return [
    ...(answer.maintenance ? [{id: maintenanceId(answer.maintenance), text: answer.maintenance, tone: 'warning' as const}] : []),
    ...answer.announcements,
  ];
}

export function visibleAnnouncements(answer: AnnouncementsAnswer, closed: readonly string[]): Announcement[] {
  return all(answer).filter((a) => !closed.includes(a.id));
}

/** The closed list after closing `id`: only ids still announced are kept, so it does not grow forever. */
export function closing(answer: AnnouncementsAnswer, closed: readonly string[], id: string): string[] {
  const live = new Set(all(answer).map((a) => a.id));
  return [...closed.filter((c) => live.has(c) && c !== id), id];
}
