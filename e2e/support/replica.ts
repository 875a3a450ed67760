// Zero writes its replica to IndexedDB about a second after things go quiet.
// Tests that reload or go offline first wait until a value is really on disk.
import {expect, type Page} from '@playwright/test';

export async function replicaOnDiskContains(page: Page, needle: string): Promise<boolean> {
  return page.evaluate(async (text) => {
    const dbs = await indexedDB.databases();
    for (const {name} of dbs) {
      if (!name || !name.startsWith('rep:')) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      try {
        for (const store of Array.from(db.objectStoreNames)) {
          const values = await new Promise<unknown[]>((resolve, reject) => {
            const req = db.transaction(store, 'readonly').objectStore(store).getAll();
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          });
          if (values.some((v) => JSON.stringify(v).includes(text))) return true;
        }
      } finally {
        db.close();
      }
    }
    return false;
  }, needle);
}

export async function waitForReplicaOnDisk(page: Page, needle: string): Promise<void> {
  await expect.poll(() => replicaOnDiskContains(page, needle), {timeout: 15_000}).toBe(true);
}
