// The app's words in one language (kk), whole: part of the server's catalog (catalog.ts). The device loads
// them in two chunks instead (bundles/app.ts): core-kk.ts for the first screen, more-kk.ts for the rest.
import {mergeCatalogs} from '../define.ts';
import {messages as core} from './core-kk.ts';
import {messages as more} from './more-kk.ts';

export const messages = mergeCatalogs([core, more]);
