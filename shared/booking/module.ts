import {permissionsOf} from '../auth/permissions.ts';
import {defineModule} from '../module/define.ts';
import {bookingMutators} from '../mutators/booking.ts';
import {bookingQueries, notificationQueries} from '../queries/booking.ts';

/** Booking: masters, places, services, bookings, reminders, a member's notifications. */
export const bookingModule = defineModule({
  key: 'booking',
  switch: 'booking',
  permissions: permissionsOf('booking'),
  mutators: {booking: bookingMutators},
  queries: {booking: bookingQueries, notifications: notificationQueries},
});
