// Bringing in a colleague who already uses dot (a master who also works in her
// own salon): the owner never types her password; she joins from the link,
// signed in as herself — on a phone as on a desktop.
import {expect, newDevice, signUp, test, uniqueEmail} from './fixtures.ts';
import {InvitePage, TeamPage} from './page-models/team-page.ts';
import {RequestsPage} from './page-models/requests-page.ts';

test('a colleague with her own dot account is invited, not attached, and joins signed in', async ({page, browser, baseURL, owner}) => {
  // Айгерим already has an account (her own salon).
  const herContext = await newDevice(browser, baseURL, page);
  const her = await signUp(herContext, 'Салон Айгерим', {name: 'Айгерим Сейткали'});

  const team = new TeamPage(page);
  await team.open();
  // The owner tries the "temporary password" form with her email: she is not
  // added, whatever the password; an invitation link comes instead.
  const form = await team.addWithPassword({name: 'Айгерим', email: her.user.email, password: 'угадываю123'});
  await expect(form.getByText(`У ${her.user.email} уже есть аккаунт в dot`)).toBeVisible();
  const link = await team.inviteLinkShown();
  await expect(team.members()).toHaveCount(1);

  // She opens it on her phone, where she is signed in to her own salon.
  const herPage = await herContext.newPage();
  const invite = new InvitePage(herPage);
  await invite.open(link);
  await expect(invite.signedInAs()).toContainText('Айгерим Сейткали');
  expect(await herPage.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await invite.join().click();
  const requests = new RequestsPage(herPage);
  await expect(herPage.getByText(owner.company.name).first()).toBeVisible();
  await requests.waitOnline();
  await team.open();
  await expect(team.members()).toHaveCount(2);
  await expect(team.members().filter({hasText: 'Айгерим Сейткали'})).toBeVisible();
  await herContext.close();
});

test('someone signed out joins by signing in on the invitation page', async ({page, browser, baseURL, owner}) => {
  const herContext = await newDevice(browser, baseURL, page);
  const password = 'password1';
  const email = uniqueEmail('master');
  const signup = await herContext.request.post('/api/v1/auth/signup', {data: {companyName: 'Своя студия', name: 'Дана', email, password}});
  expect(signup.status()).toBe(201);
  await herContext.clearCookies();

  const made = await page.request.post('/api/v1/invites', {data: {role: 'staff', email}});
  const {url} = (await made.json()) as {url: string};
  const herPage = await herContext.newPage();
  const invite = new InvitePage(herPage);
  await invite.open(url);
  // A new account with her email is refused in words, without a password check.
  await herPage.getByLabel('Ваше имя').fill('Дана');
  await herPage.getByLabel('Пароль').fill('anything12');
  await herPage.getByRole('button', {name: 'Присоединиться', exact: true}).click();
  await expect(herPage.getByText('У этого email уже есть аккаунт')).toBeVisible();
  await invite.signInAndJoin(email, password);
  await expect(herPage).toHaveURL(/\/requests/);
  const me = await herContext.request.get('/api/v1/auth/me');
  expect((await me.json()) as {member: {role: string}; company: {id: string}}).toMatchObject({member: {role: 'staff'}, company: {id: owner.company.id}});
  await herContext.close();
});
