// How a stored file is handed back to a browser. Files come from colleagues
// today and from outsiders soon (messenger attachments, contractors), and they
// are served from the app's own origin — where a page would run with the
// viewer's session. So a file is shown in the browser only when its type is one
// a browser displays passively (raster images, PDF, plain text); everything
// else is a download of opaque bytes. The server adds `CSP: sandbox` on top.
// Pure: the server serves by it, the app decides what to preview by it.

/** Types shown in place: they cannot run script, whatever the bytes say (with nosniff). */
const PASSIVE = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif', 'image/bmp', 'application/pdf', 'text/plain']);

export type Serving = {contentType: string; disposition: 'inline' | 'attachment'};

/** The bare, lower-case media type of a Content-Type value, or '' if it is not one. */
export function mediaType(value: string | null | undefined): string {
  const bare = String(value ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  return /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/.test(bare) ? bare : '';
}

export function isPassive(mime: string): boolean {
  return PASSIVE.has(mediaType(mime));
}

/** What to answer for a file whose recorded type is `mime`. */
export function serving(mime: string): Serving {
  const type = mediaType(mime);
  if (!PASSIVE.has(type)) return {contentType: 'application/octet-stream', disposition: 'attachment'};
  // Text is text: no charset sniffing into something else.
  return {contentType: type === 'text/plain' ? 'text/plain; charset=utf-8' : type, disposition: 'inline'};
}

/** A raster image the app may show as a picture (an <img> of SVG would need its active type). */
export function isPreviewableImage(mime: string): boolean {
  const type = mediaType(mime);
  return type.startsWith('image/') && PASSIVE.has(type);
}
