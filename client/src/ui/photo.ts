// Photos from a phone camera are 3–12 MB; on 3G that is minutes. The device
// shrinks them first (longest side 1600 px, JPEG ~0.8 — sharp enough for any
// record or public page, which gets its own smaller WebP copies from the
// server) and gives them an id of its own, so the outbox can keep them while
// offline and upload them later (PUT under that id: a retry is harmless).
import {uuidv7} from 'uuidv7';
import type {NewFile} from '../write/outbox.ts';

export const MAX_SIDE = 1600;

export async function resizeImage(file: Blob, maxSide = MAX_SIDE, quality = 0.82): Promise<Blob> {
  if (!file.type.startsWith('image/') || file.type === 'image/gif' || file.type === 'image/svg+xml') return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, {imageOrientation: 'from-image'});
  } catch {
    return file; // not decodable here (e.g. HEIC on some browsers): the server stores it as is
  }
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  if (scale === 1 && file.type === 'image/jpeg' && file.size < 1_500_000) {
    bitmap.close();
    return file;
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  const g = canvas.getContext('2d');
  if (!g) return file;
  g.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
  return blob && blob.size < file.size ? blob : file;
}

/** A picked file, ready for `write(mutators.attachment.add({fileId: photo.id, …}), [photo])`. */
export async function preparePhoto(file: File): Promise<NewFile> {
  const blob = await resizeImage(file);
  const name = blob === file ? file.name : file.name.replace(/\.\w+$/, '') + '.jpg';
  return {id: uuidv7(), blob, name, mime: blob.type || file.type || 'application/octet-stream'};
}

/** A company file as the signed-in device reads it (cached by the service worker once seen). */
export const fileUrl = (fileId: string) => `/api/v1/files/${fileId}`;
