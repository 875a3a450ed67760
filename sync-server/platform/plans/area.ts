import {definePlatformArea} from '../area.ts';

/** The console's plans (issue 18): filled in by its own change. */
export const plansArea = definePlatformArea({});
