// Roles as data on the team page (issue 12): the owner adopts S1 §3's ready
// roles, changes what one may do, and gives a colleague two roles; the
// colleague's app follows the union of both. Fits a 360 px phone.
import type {Page} from '@playwright/test';
import {addColleague, expect, logIn, newDevice, test} from './fixtures.ts';
import {RolesPanel} from './page-models/roles-panel.ts';
import {TeamPage} from './page-models/team-page.ts';
import {shoot} from './support/shoot.ts';

const fitsScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test('the owner adopts ready roles, edits one, and gives a colleague two of them', async ({page, owner, browser, baseURL}) => {
  expect(owner.permissions).toContain('team.owners');
  if (test.info().project.name === 'phone') await page.setViewportSize({width: 360, height: 800});
  const colleague = await addColleague(page.context());
  const team = new TeamPage(page);
  const roles = new RolesPanel(page);
  await team.open();
  await roles.adopt('Руководитель');
  await roles.adopt('Внешний подрядчик');

  // The contractor may only see what is theirs; the owner lets them also comment.
  const contractor = await roles.open('Внешний подрядчик');
  await expect(contractor.getByLabel('Видеть только свои заявки (назначенные, созданные, наблюдаемые)')).toBeChecked();
  await expect(contractor.getByLabel('Видеть все заявки')).not.toBeChecked();
  await contractor.getByLabel('Видеть клиентов').check();
  await expect
    .poll(async () => {
      const all = (await (await page.request.get('/api/v1/roles')).json()).data as {key: string; permissions: string[]}[];
      return all.find((r) => r.key === 'contractor')?.permissions;
    })
    .toContain('clients.read');

  // Two roles for one colleague: staff and head.
  const row = team.member('Мастер Асель');
  await roles.setMemberRole(row, 'Мастер Асель', 'Руководитель', true);
  await expect(row.locator('.member-roles .badge')).toHaveText(['Сотрудник', 'Руководитель']);
  if (test.info().project.name === 'phone') expect(await fitsScreen(page)).toBe(true);
  await shoot(page, 'team-roles');

  // Her app acts with the union: the head's request settings, the staff's own booking.
  const herContext = await newDevice(browser, baseURL, page);
  const her = await logIn(herContext, colleague.email, colleague.password);
  expect(her.member).toMatchObject({roles: ['staff', 'head']});
  expect(her.permissions).toEqual(expect.arrayContaining(['requests.configure', 'requests.escalations', 'booking.own']));
  await herContext.close();
});
