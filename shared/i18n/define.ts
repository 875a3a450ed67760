// Message catalogs live per module and per language: messages/<module>/ru.ts is
// the source of the keys, and kk.ts / en.ts are typed against it
// (`satisfies Catalog<typeof ru>`), so a key missing or extra in Kazakh or English
// is a compile error. i18n.test.ts checks the values (non-empty, same
// placeholders, every plural category the language needs).
export type PluralMessage = {one: string; few?: string; many?: string; other: string};
export type Message = string | PluralMessage;

/** One module's messages in another language: exactly the keys of its Russian catalog. */
export type Catalog<Ru> = {[K in keyof Ru]: Message};

type Merged<T extends readonly object[]> = T extends readonly [infer H, ...infer R extends readonly object[]] ? H & Merged<R> : unknown;

/** Modules' messages in one language as one table; a key defined by two modules is an error. */
export function mergeCatalogs<const T extends readonly Record<string, Message>[]>(modules: T): {[K in keyof Merged<T>]: Message} {
  const out: Record<string, Message> = {};
  for (const m of modules) {
    for (const [key, value] of Object.entries(m)) {
      if (key in out) throw new Error(`i18n key defined twice: ${key}`);
      out[key] = value;
    }
  }
  return out as {[K in keyof Merged<T>]: Message};
}
