// A document viewed offline (D): the bytes of the last opened versions stay on
// the device. Opening a version keeps its file in a cache of our own (Cache
// Storage, "dot-documents"), newest first, the oldest dropped past KEEP; the
// next open reads from there first — a version's file never changes under its
// id — so it opens with the network off. (The service worker's "dot-files"
// cache keeps any file seen too, but by its own rules; this one is the
// promise the card makes: "на устройстве".)
//
// A file is handed to the browser the way the server serves it: in place only
// for a type that cannot run (PDF, raster images, plain text), else as a
// download of opaque bytes — a blob URL runs with the app's origin.
import {isPassive, mediaType} from '#shared/files/serving.ts';
import {useSyncExternalStore} from 'react';
import {loadSession} from '../session/session.ts';
import {fileUrl} from '../ui/photo.ts';

export const KEEP = 20;
const CACHE = 'dot-documents';

export type Kept = {fileId: string; documentId: string; name: string; mime: string; at: number};

const listeners = new Set<() => void>();
let snapshot: readonly Kept[] | null = null;
let snapshotKey = '';

/** One device, several people: each has their own list. */
const key = () => `dot.documents.kept.${loadSession()?.member.id ?? 'anon'}`;

export function keptList(): readonly Kept[] {
  if (snapshot && snapshotKey === key()) return snapshot;
  snapshotKey = key();
  try {
    const raw = localStorage.getItem(key());
    snapshot = raw ? (JSON.parse(raw) as Kept[]) : [];
  } catch {
    snapshot = [];
  }
  return snapshot;
}

function save(list: readonly Kept[]) {
  snapshot = list;
  localStorage.setItem(key(), JSON.stringify(list));
  for (const l of listeners) l();
}

function subscribe(cb: () => void) {
  listeners.add(cb);
  const onStorage = (e: StorageEvent) => {
    if (e.key === key()) {
      snapshot = null;
      cb();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(cb);
    window.removeEventListener('storage', onStorage);
  };
}

/** The versions kept on this device, newest first. */
export function useKept(): readonly Kept[] {
  return useSyncExternalStore(subscribe, keptList, keptList);
}

const cacheOpen = () => (typeof caches === 'undefined' ? Promise.resolve(null) : caches.open(CACHE).catch(() => null));

/** The list with this file first (once), and what falls off past `max` — the oldest opened. */
export function keepFirst(list: readonly Kept[], entry: Kept, max = KEEP): {kept: Kept[]; dropped: Kept[]} {
  const next = [entry, ...list.filter((k) => k.fileId !== entry.fileId)];
  return {kept: next.slice(0, max), dropped: next.slice(max)};
}

/** Puts this file first; drops the oldest past KEEP, from the list and the cache. */
async function remember(entry: Kept): Promise<void> {
  const {kept, dropped} = keepFirst(keptList(), entry);
  save(kept);
  const cache = await cacheOpen();
  if (cache) for (const d of dropped) await cache.delete(fileUrl(d.fileId));
}

export class NotOnDevice extends Error {}

/** A version's bytes: from the device if kept, else from the server (then kept). */
export async function versionBytes(file: {fileId: string; documentId: string; name: string; mime: string}): Promise<Blob> {
  const url = fileUrl(file.fileId);
  const cache = await cacheOpen();
  let res = (await cache?.match(url)) ?? null;
  if (!res) {
    try {
      res = await fetch(url, {credentials: 'same-origin'});
    } catch {
      throw new NotOnDevice();
    }
    if (!res.ok) throw res.status === 0 || !navigator.onLine ? new NotOnDevice() : new Error(String(res.status));
    if (cache) await cache.put(url, res.clone()).catch(() => undefined);
  }
  const blob = await res.blob();
  const known = keptList().find((k) => k.fileId === file.fileId);
  await remember({
    fileId: file.fileId,
    documentId: file.documentId,
    name: file.name || known?.name || 'document',
    mime: file.mime || known?.mime || blob.type,
    at: Date.now(),
  });
  return blob;
}

/** The bytes as a blob URL of a type safe to show in place, or an opaque download. */
export function safeUrl(blob: Blob, mime: string): {url: string; inPlace: boolean} {
  const inPlace = isPassive(mime);
  const typed = new Blob([blob], {type: inPlace ? mediaType(mime) : 'application/octet-stream'});
  return {url: URL.createObjectURL(typed), inPlace};
}

/** Saves the bytes under the file's name. */
export function download(blob: Blob, name: string, mime: string): void {
  const {url} = safeUrl(blob, isPassive(mime) ? mime : 'application/octet-stream');
  const a = document.createElement('a');
  a.href = url;
  a.download = name || 'document';
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
