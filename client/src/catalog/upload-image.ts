// Photos from a phone camera are 3–12 MB; on 3G that is minutes. The device
// shrinks them first (longest side 1600 px, JPEG ~0.8 — sharp enough for any
// public page, which gets its own smaller WebP copies from the server), then
// uploads the bytes under an id it chose (PUT, so a retry is harmless).
export const MAX_SIDE = 1600;

export async function resizeImage(file: Blob, maxSide = MAX_SIDE, quality = 0.82): Promise<Blob> {
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

export type Uploaded = {ok: true; fileId: string} | {ok: false};

export async function uploadImage(file: File): Promise<Uploaded> {
  const body = await resizeImage(file);
  const fileId = crypto.randomUUID();
  const name = file.name.replace(/\.\w+$/, '') + (body === file ? file.name.match(/\.\w+$/)?.[0] ?? '' : '.jpg');
  try {
    const res = await fetch(`/api/v1/files/${fileId}`, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: {'Content-Type': body.type || 'application/octet-stream', 'X-File-Name': encodeURIComponent(name)},
      body,
    });
    return res.ok ? {ok: true, fileId} : {ok: false};
  } catch {
    return {ok: false};
  }
}

/** The signed-in device reads a company file (thumbnails in the cabinet). */
export const fileUrl = (fileId: string) => `/api/v1/files/${fileId}`;
