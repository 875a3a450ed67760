// The console's technical settings (issue 18): read (saved or from the
// environment), change some, and send a test email through the configured
// SMTP server so the administrator sees at once whether mail works.
import {z} from 'zod';
import {domainError} from '#shared/errors.ts';
import {createTranslator} from '#shared/i18n/translate.ts';
import {auditedTransaction} from '../../db/audit-tx.ts';
import type {HttpDeps} from '../../module/define.ts';
import {route} from '../../rest/route.ts';
import {platformAudit} from '../audit.ts';
import {sendPlatformMail} from './mail.ts';
import {readSettings, saveSettings, settingsBody, settingsChanged, settingsPatch} from './settings.ts';

export function settingsRoutes(d: HttpDeps) {
  return [
    route({
      method: 'get',
      path: '/platform/settings',
      tag: 'platform',
      summary: 'Technical settings: each the saved value, else the one from the environment at start',
      auth: 'platform',
      response: settingsBody,
      async handler() {
        return {body: await readSettings(d.pool)};
      },
    }),
    route({
      method: 'put',
      path: '/platform/settings',
      tag: 'platform',
      summary: 'Change some settings (the others stay); answers all of them',
      auth: 'platform',
      body: settingsPatch,
      response: settingsBody,
      async handler({ctx, body}) {
        await auditedTransaction(d.pool, {actorId: null, via: 'platform', action: 'settings.update'}, async (client) => {
          if (body.defaultPlan !== undefined) {
            const {rowCount} = await client.query('select 1 from plan where key = $1 and not archived', [body.defaultPlan]);
            if (!rowCount) throw domainError('validation', {fields: [{field: 'defaultPlan', code: 'v.invalid'}]});
          }
          await saveSettings(client, body, ctx.adminID);
          await platformAudit(client, ctx, {action: 'settings.update', detail: body});
        });
        settingsChanged();
        return {body: await readSettings(d.pool)};
      },
    }),
    route({
      method: 'post',
      path: '/platform/settings/test-email',
      tag: 'platform',
      summary: 'Send a test email through the configured SMTP server: 200 sent, 400 when email is not configured, 502 when the server refused it',
      auth: 'platform',
      body: z.object({to: z.string().trim().toLowerCase().min(1, 'v.required').email('v.email').max(254, 'v.tooLong')}),
      response: z.object({sent: z.literal(true)}),
      async handler({ctx, body, locale}) {
        const t = createTranslator(locale);
        await platformAudit(d.pool, ctx, {action: 'settings.testEmail', target: body.to});
        const sent = await sendPlatformMail(d, {to: body.to, subject: t('connect.testMail.subject'), text: t('connect.testMail.body')});
        if (sent.ok) return {body: {sent: true}};
        if (sent.error === 'off') return {status: 400, body: {error: {code: 'smtp_off', message: t('connect.smtpOff')}}};
        return {status: 502, body: {error: {code: 'smtp_failed', message: t('connect.smtpFailed', {error: sent.error})}}};
      },
    }),
  ];
}
