import {definePlatformArea} from '../area.ts';

/** The console's content (issue 18): filled in by its own change. */
export const contentArea = definePlatformArea({});
