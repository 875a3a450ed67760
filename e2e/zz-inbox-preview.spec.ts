// TEMPORARY (not committed): looks at the inbox with rows written straight into the database.
import pg from 'pg';
import {expect, test} from './fixtures.ts';

const pgPort = Number(process.env.E2E_PG_PORT ?? 54917);

test('preview the inbox', async ({page, owner}) => {
  test.skip(test.info().project.name !== 'phone');
  const api = page.request;
  const c = await (await api.post('/api/v1/clients', {data: {name: 'Жақсыбекова Әсемгүл Төлегенқызы (Айлиннің анасы)', phone: '+77015550001'}})).json();
  expect((await api.put('/api/v1/booking/masters/m1', {data: {memberId: owner.member.id, masterSlug: 'aliya', displayName: 'Алия'}})).status()).toBe(200);
  const db = new pg.Client(`postgres://postgres:dot-local@127.0.0.1:${pgPort}/postgres`);
  await db.connect();
  const co = owner.company.id;
  const now = Date.now();
  const ts = (ms: number) => new Date(ms).toISOString();
  await db.query(`insert into messenger_channel (id, company_id, kind, handle, state, wa_template, last_error) values ('ch-wa', $1, 'whatsapp', '+7 701 555 00 00', 'active', 'reminder_ru', ''), ('ch-vk', $1, 'vk', 'club_salon', 'error', '', 'messaging.check.badToken')`, [co]);
  await db.query(
    `insert into conversation (id, company_id, client_id, channel, bot, chat_id, title, master_id, master_member_id, last_message_at, last_inbound_at, last_preview, unread) values
     ('cv-tg', $1, $2, 'telegram', 'shared', '777', 'Asem', 'm1', $3, $4, $4, 'Здравствуйте! Можно записаться на субботу на окрашивание и укладку?', 2),
     ('cv-wa', $1, null, 'whatsapp', 'own', '+77015550002', 'Нұрсұлтанова Айгерім-Бибігүл Қайратқызы', null, null, $5, $5, 'Спасибо!', 0),
     ('cv-vk', $1, null, 'vk', 'own', '12345', 'Дмитрий', null, null, $6, $6, 'Сколько стоит стрижка?', 1)`,
    [co, c.id, owner.member.id, ts(now - 60_000), ts(now - 2 * 86_400_000), ts(now - 3 * 86_400_000)],
  );
  const msgs: [string, string, string, string, string, string, string, number][] = [
    ['m1', 'cv-tg', 'in', 'client', 'Добрый день! Вы работаете в субботу?', 'received', '', now - 3_600_000],
    ['m2', 'cv-tg', 'out', 'member', 'Да, с 10 до 18.', 'read', '', now - 3_500_000],
    ['m3', 'cv-tg', 'out', 'bot', 'Выберите время: 11:00, 13:00, 15:30', 'delivered', '', now - 3_400_000],
    ['m4', 'cv-tg', 'out', 'member', 'Напомню накануне.', 'sent', '', now - 3_300_000],
    ['m5', 'cv-tg', 'out', 'member', 'Вы ещё тут?', 'failed', 'messaging.fail.blocked', now - 3_200_000],
    ['m6', 'cv-tg', 'in', 'client', 'Здравствуйте! Можно записаться на субботу на окрашивание и укладку?', 'received', '', now - 60_000],
    ['m7', 'cv-wa', 'in', 'client', 'Спасибо!', 'received', '', now - 2 * 86_400_000],
  ];
  for (const [id, conv, dir, author, body, status, error, at] of msgs)
    await db.query(
      `insert into chat_message (id, company_id, conversation_id, direction, author, member_id, body, status, error, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [id, co, conv, dir, author, author === 'member' ? owner.member.id : null, body, status, error, ts(at)],
    );
  await db.end();

  for (const width of [390, 360]) {
    await page.setViewportSize({width, height: 844});
    await page.goto('/inbox');
    await expect(page.locator('.conversation-row')).toHaveCount(3, {timeout: 30_000});
    await page.screenshot({path: `.tmp/preview-list-${width}.png`, fullPage: true});
  }
  await page.setViewportSize({width: 390, height: 844});
  await page.goto('/inbox/cv-tg');
  await expect(page.locator('.bubble')).toHaveCount(6);
  await page.waitForTimeout(1000);
  await page.screenshot({path: '.tmp/preview-tg.png'});
  await page.context().setOffline(true);
  await page.locator('.reply-box textarea').fill('Да, в субботу в 11:00 свободно.');
  await page.getByRole('button', {name: 'Отправить'}).click();
  await expect(page.locator('.bubble.out', {hasText: 'в 11:00'}).getByTestId('message-status')).toContainText('в очереди');
  await page.screenshot({path: '.tmp/preview-tg-offline.png'});
  await page.context().setOffline(false);
  await page.goto('/inbox/cv-wa');
  await expect(page.getByTestId('wa-closed')).toBeVisible();
  await page.screenshot({path: '.tmp/preview-wa.png', fullPage: true});
  await page.goto('/inbox/channels');
  await page.waitForTimeout(1500);
  await page.screenshot({path: '.tmp/preview-channels.png', fullPage: true});
  const problems: string[] = [];
  for (const language of ['Русский', 'Қазақша']) {
    await page.setViewportSize({width: 390, height: 844});
    await page.goto('/settings');
    await page.getByRole('button', {name: language}).click();
    await page.setViewportSize({width: 360, height: 800});
    for (const path of ['/inbox', '/inbox/cv-tg', '/inbox/cv-wa', '/inbox/channels']) {
      await page.goto(path);
      await page.waitForTimeout(800);
      const wide = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
      if (wide > 360) problems.push(`${language} ${path} ${wide}`);
      const small = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('main a, main button, main select, main summary'))
          .filter((e) => e.getBoundingClientRect().height > 0 && e.getBoundingClientRect().height < 44)
          .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().height)} «${e.innerText.slice(0, 20)}»`),
      );
      if (small.length) problems.push(`${language} ${path} small: ${small.join(', ')}`);
    }
    await page.goto('/inbox/cv-tg');
    await page.waitForTimeout(800);
    await page.screenshot({path: `.tmp/preview-tg-360-${language}.png`});
  }
  await page.setViewportSize({width: 1280, height: 800});
  await page.goto('/inbox/cv-tg');
  await page.waitForTimeout(800);
  await page.screenshot({path: '.tmp/preview-desktop.png'});
  expect(problems, problems.join('\n')).toEqual([]);
});
