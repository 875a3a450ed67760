// The console's content and settings (issue 18): technical settings, platform
// pages (/p/<slug>) and announcements (the app's banner).
import {definePlatformArea} from '../area.ts';
import {announcementRoutes} from './announcements.ts';
import {pagesRoutes, publicPages} from './pages.ts';
import {settingsRoutes} from './settings-routes.ts';
import {useSettingsConfig} from './settings.ts';

export const contentArea = definePlatformArea({
  routes: (d) => {
    useSettingsConfig(d.config);
    return [...settingsRoutes(d), ...pagesRoutes(d), ...announcementRoutes(d)];
  },
  pages: (d) => publicPages(d),
  jobs: (d) => {
    // The settings' defaults come from this process's environment, for the jobs too (billing reads billingGraceDays).
    useSettingsConfig(d.config);
    return {};
  },
});
