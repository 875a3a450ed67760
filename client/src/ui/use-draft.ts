// Text a person is typing survives a reload, a crash or a closed tab: every
// keystroke is kept on the device until the write is accepted (then cleared).
import {useCallback, useState} from 'react';

export function useDraft<T extends Record<string, string>>(key: string, empty: T): [T, (patch: Partial<T>) => void, () => void] {
  const storageKey = `dot.draft.${key}`;
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = localStorage.getItem(storageKey);
      return raw ? {...empty, ...(JSON.parse(raw) as Partial<T>)} : empty;
    } catch {
      return empty;
    }
  });
  const update = useCallback(
    (patch: Partial<T>) => {
      setValue((prev) => {
        const next = {...prev, ...patch};
        localStorage.setItem(storageKey, JSON.stringify(next));
        return next;
      });
    },
    [storageKey],
  );
  const clear = useCallback(() => {
    localStorage.removeItem(storageKey);
    setValue(empty);
  }, [storageKey, empty]);
  return [value, update, clear];
}
