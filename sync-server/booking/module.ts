import {defineServerModule} from '../module/define.ts';
import {publicSubmitLimiter} from '../platform/content/settings.ts';
import {pushRoutes} from '../notify/routes.ts';
import {publicBookingRoutes} from '../public/booking/routes.ts';
import {bookingRoutes} from '../routes/booking.ts';
import {bookingFeedRoutes} from '../routes/booking-feed.ts';
import {notificationRoutes} from '../routes/notifications.ts';
import {bookingEffects} from './effects.ts';
import {bookingJobs} from './jobs.ts';
import {chatNoticesFor} from '../messaging/module.ts';

export const bookingServer = defineServerModule({
  key: 'booking',
  routes: (d) => [...bookingRoutes(d), ...bookingFeedRoutes(d), ...(d.notify ? pushRoutes({pool: d.pool, notify: d.notify}) : []), ...notificationRoutes(d)],
  pages: (d) => publicBookingRoutes({...d, origin: d.publicUrl, submitLimit: publicSubmitLimiter(d)}),
  jobs: (d) => (d.notify ? bookingJobs({...d, notify: d.notify, chat: chatNoticesFor(d)}) : {}),
  effects: bookingEffects,
});
