import {definePlatformArea} from '../area.ts';

/** The console's companies (issue 18): filled in by its own change. */
export const companiesArea = definePlatformArea({});
