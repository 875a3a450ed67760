// Responsive copies of an uploaded image for the public pages: a few widths,
// in WebP and JPEG, made once with sharp (libvips) on first request and kept
// on local disk beside the data (they can always be made again, so they are
// a cache, whatever storage holds the originals).
import fs from 'node:fs';
import path from 'node:path';
import {buffer as readAll} from 'node:stream/consumers';
import sharp from 'sharp';
import type {FileStorage} from './storage.ts';

export const DERIVATIVE_WIDTHS = [160, 320, 640, 960] as const;
export const DERIVATIVE_FORMATS = ['webp', 'jpg'] as const;
export type Variant = {width: (typeof DERIVATIVE_WIDTHS)[number]; format: (typeof DERIVATIVE_FORMATS)[number]};

export const MIME: Record<Variant['format'], string> = {webp: 'image/webp', jpg: 'image/jpeg'};

/** "w640.webp" → {width: 640, format: "webp"}; anything else → null. */
export function parseVariant(name: string): Variant | null {
  const m = /^w(\d+)\.(webp|jpg)$/.exec(name);
  if (!m) return null;
  const width = Number(m[1]) as Variant['width'];
  return DERIVATIVE_WIDTHS.includes(width) ? {width, format: m[2] as Variant['format']} : null;
}

const RASTER_FORMATS = new Set<string>(['jpeg', 'png', 'webp', 'gif', 'avif', 'heif']);

export const isImageMime = (mime: string) => /^image\/(jpeg|png|webp|gif|avif|heic|heif)$/.test(mime);

// One image at a time: on a 2-core server a burst of first views must not
// starve the requests and sync that share it.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => {});
  return run;
}

export function derivativeStore(cacheRoot: string, storage: FileStorage) {
  const pending = new Map<string, Promise<string | null>>();
  async function make(file: {id: string; storage_key: string}, v: Variant, dest: string): Promise<string | null> {
    const source = await storage.get(file.storage_key);
    if (!source) return null;
    const input = await readAll(source);
    // sharp goes by the bytes, not the recorded type: an "image/png" that is
    // really SVG (which may point at other files) or a PDF is not rendered.
    const {format} = await sharp(input, {failOn: 'none'})
      .metadata()
      .catch(() => ({format: undefined}));
    if (!format || !RASTER_FORMATS.has(format)) return null;
    const pipeline = sharp(input, {failOn: 'none', limitInputPixels: 60_000_000}).rotate().resize({width: v.width, withoutEnlargement: true});
    const out =
      v.format === 'webp'
        ? await pipeline.webp({quality: 72, effort: 4}).toBuffer()
        : await pipeline.jpeg({quality: 75, mozjpeg: true, progressive: true}).toBuffer();
    await fs.promises.mkdir(path.dirname(dest), {recursive: true});
    const temp = `${dest}.${process.pid}.tmp`;
    await fs.promises.writeFile(temp, out);
    await fs.promises.rename(temp, dest);
    return dest;
  }
  return {
    /** The path of the derivative on disk, made now if missing; null if the original is gone. */
    async get(file: {id: string; storage_key: string}, v: Variant): Promise<string | null> {
      if (!/^[0-9a-zA-Z-]{8,64}$/.test(file.id)) return null;
      const dest = path.join(cacheRoot, file.id, `w${v.width}.${v.format}`);
      if (fs.existsSync(dest)) return dest;
      const key = dest;
      let p = pending.get(key);
      if (!p) {
        p = serially(() => make(file, v, dest)).finally(() => pending.delete(key));
        pending.set(key, p);
      }
      return p;
    },
  };
}
export type DerivativeStore = ReturnType<typeof derivativeStore>;
