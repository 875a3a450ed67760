// "@Имя Фамилия" in a comment names a colleague. Names have spaces, so a
// mention is found by the people's names, longest first (so that "@Айгерим
// Садыкова" is not also taken as "@Айгерим").

/** The text after an "@" being typed at the end, or null when none is. */
export function mentionQuery(text: string): string | null {
  const m = /(?:^|\s)@([^@\s]*)$/.exec(text);
  return m ? m[1]! : null;
}

/** The people whose name holds what is typed after the "@" at the end (at most `max`); none when no "@" is being typed. */
export function mentionSuggestions<P extends {name: string}>(text: string, people: readonly P[], max = 6): P[] {
  const query = mentionQuery(text);
  if (query === null) return [];
  const q = query.toLocaleLowerCase('ru');
  return people.filter((p) => p.name.toLocaleLowerCase('ru').includes(q)).slice(0, max);
}

/** The text with the "@…" being typed at its end replaced by the chosen person's full name. */
export function completeMention(text: string, name: string): string {
  return text.replace(/@[^@\s]*$/, `@${name} `);
}

/** Ids of the people mentioned in `text`, each once, in order of first mention. */
export function mentionedIn(text: string, people: readonly {id: string; name: string}[]): string[] {
  const byLength = [...people].filter((p) => p.name.trim()).sort((a, b) => b.name.length - a.name.length);
  const found: {id: string; at: number}[] = [];
  const taken: [number, number][] = [];
  const lower = text.toLocaleLowerCase('ru');
  for (const p of byLength) {
    const needle = `@${p.name.toLocaleLowerCase('ru')}`;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      const boundary = (end === lower.length || !/[\p{L}\p{N}]/u.test(lower[end]!)) && (at === 0 || !/[\p{L}\p{N}.]/u.test(lower[at - 1]!));
      if (!boundary || taken.some(([s, e]) => at < e && end > s)) continue;
      taken.push([at, end]);
      found.push({id: p.id, at});
    }
  }
  const ids: string[] = [];
  for (const f of found.sort((a, b) => a.at - b.at)) if (!ids.includes(f.id)) ids.push(f.id);
  return ids;
}
