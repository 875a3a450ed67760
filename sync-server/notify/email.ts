// Email through SMTP (nodemailer). Configured by DOT_SMTP_URL
// (smtp://user:pass@host:587, smtps://… for TLS from the start) and
// DOT_MAIL_FROM; without DOT_SMTP_URL email is off and sends are logged as
// skipped with the reason.
import nodemailer from 'nodemailer';

/** A calendar file; `method` is its METHOD (an invitation is REQUEST or CANCEL, so mail programs offer to answer it). */
export type EmailIcs = {filename: string; content: string; method?: 'PUBLISH' | 'REQUEST' | 'CANCEL'};
export type EmailMessage = {to: string; subject: string; text: string; ics?: EmailIcs | undefined};
export type SendResult = {ok: true; id: string} | {ok: false; error: string};
export type EmailSender = (m: EmailMessage) => Promise<SendResult>;

export type SmtpSettings = {url: string; from: string};

export function smtpSender(settings: SmtpSettings): EmailSender {
  // nodemailer waits up to 2 min to connect and 10 min on a silent socket; the
  // job queue runs a company's messages one after another, so a dead server
  // must fail fast and be retried, not hold every later message back.
  const transport = nodemailer.createTransport(
    {url: settings.url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000},
    {from: settings.from},
  );
  return async (m) => {
    try {
      const info = await transport.sendMail({
        from: settings.from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        ...(m.ics && {icalEvent: {filename: m.ics.filename, method: m.ics.method ?? 'PUBLISH', content: m.ics.content}}),
      });
      if (info.rejected?.length) return {ok: false, error: `rejected: ${info.rejected.join(', ')}`};
      return {ok: true, id: String(info.messageId ?? '')};
    } catch (e) {
      return {ok: false, error: (e as Error).message};
    }
  };
}
