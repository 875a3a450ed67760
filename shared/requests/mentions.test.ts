import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {completeMention, mentionedIn, mentionQuery, mentionSuggestions} from './mentions.ts';

const people = [
  {id: 'a', name: 'Айгерим'},
  {id: 'b', name: 'Айгерим Садыкова'},
  {id: 'c', name: 'Ivan Petrov'},
];

describe('mentions', () => {
  it('suggests the people whose name holds what follows the "@", and completes the name', () => {
    expect(mentionSuggestions('Посмотрите, @айг', people).map((p) => p.id)).toEqual(['a', 'b']);
    expect(mentionSuggestions('без упоминания', people)).toEqual([]);
    expect(completeMention('Посмотрите, @айг', 'Айгерим Садыкова')).toBe('Посмотрите, @Айгерим Садыкова ');
  });
  it('finds full names with spaces, the longest name first', () => {
    expect(mentionedIn('@Айгерим Садыкова посмотрите', people)).toEqual(['b']);
    expect(mentionedIn('@айгерим, и @Ivan Petrov', people)).toEqual(['a', 'c']);
  });
  it('ignores a name that continues into another word and e-mail addresses', () => {
    expect(mentionedIn('@Айгеримка', people)).toEqual([]);
    expect(mentionedIn('mail@Ivan Petrovich', people)).toEqual([]);
    expect(mentionedIn('mail@Ivan Petrov', people)).toEqual([]);
  });
  it('lists each person once', () => {
    expect(mentionedIn('@Ivan Petrov @Ivan Petrov', people)).toEqual(['c']);
  });
  it('knows what is being typed after @', () => {
    expect(mentionQuery('привет @Айг')).toBe('Айг');
    expect(mentionQuery('привет @')).toBe('');
    expect(mentionQuery('a@b')).toBeNull();
    expect(mentionQuery('@Айг ')).toBeNull();
  });
  it('every mention found is one of the people and appears in the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('@Айгерим', '@Ivan Petrov', ' ', 'текст', '@Айгерим Садыкова', ',')), (parts) => {
        const text = parts.join('');
        const ids = mentionedIn(text, people);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(text.toLowerCase()).toContain(`@${people.find((p) => p.id === id)!.name.toLowerCase()}`);
      }),
    );
  });
});
