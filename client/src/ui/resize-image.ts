// Phone cameras make 4000 px photos; a request needs to show the work, not to
// print a poster. Resized on the device before it is stored or uploaded.
const MAX_SIDE = 1600;

export async function resizeImage(file: File): Promise<{blob: Blob; name: string; mime: string}> {
  if (!file.type.startsWith('image/') || file.type === 'image/gif' || file.type === 'image/svg+xml') {
    return {blob: file, name: file.name, mime: file.type || 'application/octet-stream'};
  }
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.round(bitmap.width * scale);
    const height = Math.round(bitmap.height * scale);
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, width, height);
    bitmap.close();
    const blob = await canvas.convertToBlob({type: 'image/jpeg', quality: 0.85});
    // Keep the original when it was already small and tight.
    if (scale === 1 && blob.size >= file.size) return {blob: file, name: file.name, mime: file.type};
    return {blob, name: file.name.replace(/\.\w+$/, '') + '.jpg', mime: 'image/jpeg'};
  } catch {
    return {blob: file, name: file.name, mime: file.type || 'application/octet-stream'};
  }
}
