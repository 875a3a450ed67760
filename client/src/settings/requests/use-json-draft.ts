// An edit in progress of a structured value (a workflow, a field, a template):
// kept on the device under its key until it is saved or discarded, so a reload
// or a closed tab loses nothing. Until the person changes something, the live
// value (as synced) is what shows.
import {useCallback, useMemo} from 'react';
import {useDraft} from '../../ui/use-draft.ts';

const NONE = {json: ''};

export type JsonDraft<T> = {value: T; set: (next: T) => void; clear: () => void; dirty: boolean};

export function useJsonDraft<T>(key: string, live: T): JsonDraft<T> {
  const [draft, setDraft, clearDraft] = useDraft(key, NONE);
  const value = useMemo(() => {
    if (!draft.json) return live;
    try {
      return JSON.parse(draft.json) as T;
    } catch {
      return live;
    }
  }, [draft.json, live]);
  const set = useCallback((next: T) => setDraft({json: JSON.stringify(next)}), [setDraft]);
  return {value, set, clear: clearDraft, dirty: draft.json !== ''};
}

/** Whether something typed under this key waits on the device (to reopen it, or mark it unsaved). */
export function hasDraft(key: string): boolean {
  try {
    return localStorage.getItem(`dot.draft.${key}`) !== null;
  } catch {
    return false;
  }
}
