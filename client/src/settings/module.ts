import {defineClientModule} from '../module/define.ts';

export const settingsClient = defineClientModule({
  key: 'settings',
  path: '/settings',
  nav: {label: 'nav.settings', icon: '⚙'},
  screen: () => import('./settings-page.tsx').then((m) => ({default: m.SettingsPage})),
});
