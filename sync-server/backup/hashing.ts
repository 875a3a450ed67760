// A pass-through stream that hashes what goes by and counts its lines (one
// COPY text line is one row: newlines inside values are escaped as \n).
import {createHash} from 'node:crypto';
import {Transform} from 'node:stream';

export type Tally = {sha256: string; bytes: number; rows: number};

export function tallying(): {stream: Transform; result(): Tally} {
  const hash = createHash('sha256');
  let bytes = 0;
  let rows = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) rows++;
      done(null, chunk);
    },
  });
  return {stream, result: () => ({sha256: hash.digest('hex'), bytes, rows})};
}

/** The end of a pipeline that only needs the tally: reads everything, keeps nothing. */
export async function discard(source: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of source);
}
