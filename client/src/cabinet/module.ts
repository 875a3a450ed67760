import {defineClientModule} from '../module/define.ts';

/** The company's public mini-site: profile, blocks, QR codes, reviews, statistics. */
export const siteClient = defineClientModule({
  key: 'company',
  path: '/site',
  nav: {label: 'nav.site', icon: '◉'},
  screen: () => import('./site-page.tsx').then((m) => ({default: m.SitePage})),
});
