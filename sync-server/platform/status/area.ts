import {definePlatformArea} from '../area.ts';

/** The console's status (issue 18): filled in by its own change. */
export const statusArea = definePlatformArea({});
