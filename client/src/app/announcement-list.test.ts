import {describe, expect, it} from 'vitest';
import {closing, visibleAnnouncements, type AnnouncementsAnswer} from './announcement-list.ts';

const answer = (maintenance: string | null, ids: string[]): AnnouncementsAnswer => ({
  maintenance,
  announcements: ids.map((id) => ({id, text: `text ${id}`, tone: 'info'})),
});

describe('the announcements a device shows', () => {
  it('puts the maintenance banner first and hides what was closed here', () => {
    const a = answer('Обновление в 23:00', ['a1', 'a2']);
    expect(visibleAnnouncements(a, []).map((x) => x.id)).toEqual(['maintenance:Обновление в 23:00', 'a1', 'a2']);
    expect(visibleAnnouncements(a, closing(a, [], 'a1')).map((x) => x.id)).toEqual(['maintenance:Обновление в 23:00', 'a2']);
  });

  it('shows a new maintenance text even after the old one was closed', () => {
    const before = answer('Обновление в 23:00', []);
    const closed = closing(before, [], 'maintenance:Обновление в 23:00');
    expect(visibleAnnouncements(before, closed)).toEqual([]);
    expect(visibleAnnouncements(answer('Обновление перенесено на 01:00', []), closed).map((x) => x.text)).toEqual(['Обновление перенесено на 01:00']);
  });

  it('forgets closed ids that are no longer announced', () => {
    expect(closing(answer(null, ['a3']), ['gone', 'a3'], 'a3')).toEqual(['a3']);
    expect(closing(answer(null, ['a3', 'a4']), ['a3'], 'a4')).toEqual(['a3', 'a4']);
  });
});
