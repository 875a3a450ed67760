// A client's photos (B8 "write to the master": text and photos): fetched from
// the channel after the bot has answered (a job, 'chat.media'), kept as the
// company's files, and linked from the message so the inbox shows them. Only
// real raster images are kept (the bytes decide, read by sharp), so nothing a
// client sends is ever served as active content.
import {randomUUID} from 'node:crypto';
import {createHash} from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import sharp from 'sharp';
import type {MessengerKind} from '#schema/tables/messaging.ts';
import {derivedId} from '#shared/crm/ids.ts';
import type {Clock} from '../clock.ts';
import type {FileStorage} from '../files/storage.ts';
import {claimByKey, enqueue, poolSql} from '../jobs/queue.ts';
import {log} from '../log.ts';
import type {Bots} from './bots.ts';
import {runClaimed} from './outbound.ts';

export type MediaJob = {messageId: string; companyId: string; kind: MessengerKind; bot: string; refs: string[]};

export const mediaKey = (messageId: string) => `media:${messageId}`;

const RASTER: Record<string, string> = {jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif'};

export async function fetchMedia(deps: {pool: pg.Pool; bots: Bots; storage: FileStorage}, p: MediaJob): Promise<void> {
  const bot = await deps.bots.get(p.kind, p.bot);
  if (!bot) return;
  for (const ref of p.refs) {
    const fileId = derivedId(`${p.messageId}|${ref}`, 'chat-media');
    const known = await deps.pool.query('select 1 from file where id = $1', [fileId]);
    if (!known.rows.length) {
      const bytes = await bot.api.download(ref);
      if (!bytes) {
        log.warn('messaging', `${p.kind}: a photo could not be fetched`);
        continue;
      }
      const {format} = await sharp(bytes, {failOn: 'none'})
        .metadata()
        .catch(() => ({format: undefined}));
      const mime = format ? RASTER[format] : undefined;
      if (!mime) continue;
      const temp = path.join(os.tmpdir(), `dot-media-${randomUUID()}`);
      await fs.writeFile(temp, bytes);
      const key = `${p.companyId}/${fileId}`;
      await deps.storage.putFile(key, temp, mime);
      await deps.pool.query(
        `insert into file (id, company_id, name, mime, size, sha256, storage_key) values ($1, $2, $3, $4, $5, $6, $7) on conflict (id) do nothing`,
        [fileId, p.companyId, `photo.${format === 'jpeg' ? 'jpg' : format}`, mime, bytes.length, createHash('sha256').update(bytes).digest('hex'), key],
      );
    }
    await deps.pool.query(
      `update chat_message set attachments = (
          select coalesce(jsonb_agg(case when a ->> 'ref' = $2 then a || jsonb_build_object('fileId', $3::text) else a end), '[]'::jsonb)
            from jsonb_array_elements(attachments) a)
        where id = $1 and company_id = $4`,
      [p.messageId, ref, fileId, p.companyId],
    );
  }
}

export type MediaDeps = {pool: pg.Pool; clock: Clock; bots: Bots; storage: FileStorage};

/** Queued durably, then fetched now (after the bot's answer is out); the worker retries what fails. */
export async function queueMedia(deps: MediaDeps, p: MediaJob): Promise<void> {
  await enqueue(poolSql(deps.pool), deps.clock, {queue: 'chat.media', companyId: p.companyId, payload: p, dedupeKey: mediaKey(p.messageId), maxAttempts: 5});
  const job = await claimByKey(deps.pool, deps.clock, mediaKey(p.messageId));
  if (job) await runClaimed(deps, job, () => fetchMedia(deps, job.payload as MediaJob));
}
