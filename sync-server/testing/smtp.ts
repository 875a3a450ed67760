// A local SMTP server for tests (smtp-server): it keeps every message it
// receives, decoded enough to assert on (recipient, subject, text).
import {SMTPServer} from 'smtp-server';
import {freePort} from '../supervisor/ports.ts';

export type Mail = {to: string[]; raw: string; subject: string; text: string};

/** RFC 2047 "encoded-words" in headers (nodemailer writes non-ASCII subjects so). */
function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

function decodeBody(headers: string, body: string): string {
  const enc = /Content-Transfer-Encoding:\s*(\S+)/i.exec(headers)?.[1] ?? '';
  if (/base64/i.test(enc)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/quoted-printable/i.test(enc)) {
    return Buffer.from(
      body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
  }
  return body;
}

/** The text/plain part of a message, decoded (single part or multipart, one level deep or nested). */
function textPart(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const boundary = /boundary="?([^";\s]+)"?/i.exec(headers)?.[1];
  if (!/Content-Type:\s*multipart/i.test(headers) || !boundary) return decodeBody(headers, body);
  for (const part of body.split(`--${boundary}`).slice(1)) {
    const text = textPart(part.replace(/^\r?\n/, ''));
    const partHeaders = part.replace(/^\r?\n/, '').split(/\r?\n\r?\n/)[0] ?? '';
    if (/Content-Type:\s*(text\/plain|multipart)/i.test(partHeaders) && text.trim() && !text.startsWith('BEGIN:VCALENDAR')) return text;
  }
  return '';
}

export async function startSmtp(port?: number): Promise<{port: number; mails: Mail[]; close(): Promise<void>}> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // Up to 1.5 s per connection on a machine without DNS, for a name no test reads.
    disableReverseLookup: true,
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        const header = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
        const subject = decodeWords(/^Subject: (.*)$/im.exec(header)?.[1] ?? '');
        mails.push({to: session.envelope.rcptTo.map((r) => r.address), raw, subject, text: textPart(raw)});
        done();
      });
    },
  });
  const p = port ?? (await freePort());
  await new Promise<void>((resolve) => server.listen(p, '127.0.0.1', () => resolve()));
  return {port: p, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve()))};
}

/** The calendar parts of a message (text/calendar, application/ics), decoded: an invitation's .ics as the mail program reads it. */
export function calendarParts(raw: string): {type: string; text: string}[] {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const type = /Content-Type:\s*([^;\s]+[^\r\n]*)/i.exec(headers)?.[1] ?? '';
  const boundary = /boundary="?([^";\s]+)"?/i.exec(headers)?.[1];
  if (/^multipart/i.test(type) && boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1)
      .filter((part) => !part.startsWith('--'))
      .flatMap((part) => calendarParts(part.replace(/^\r?\n/, '')));
  }
  return /^(text\/calendar|application\/ics)/i.test(type) ? [{type, text: `${decodeBody(headers, body).replace(/(\r?\n)+$/, '')}\r\n`}] : [];
}
