// /c/<slug>/contacts: how to reach the company, one tap each.
import {html} from '../html.ts';
import {base, type Site} from './context.ts';
import {sitePage} from './frame.ts';
import {contactsCard} from './home.ts';
import {messengerButtons, openLine, requestButton} from './parts.ts';

export function contactsPage(s: Site): string {
  const {t} = s;
  const body = html`<h1>${t('pub.nav.contacts')}</h1>${openLine(s)}<div class="btns">${requestButton(s)}${messengerButtons(s, 'contacts')}</div>${contactsCard(s, false)}`;
  return sitePage(s, {title: t('pub.nav.contacts'), active: 'contacts', body, canonical: `${base(s)}/contacts`});
}
