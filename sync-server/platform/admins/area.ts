import {definePlatformArea} from '../area.ts';

/** The console's admins (issue 18): filled in by its own change. */
export const adminsArea = definePlatformArea({});
