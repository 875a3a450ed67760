// The app's words in one language (en), whole: part of the server's catalog (catalog.ts). The device loads
// them in two chunks instead (bundles/app.ts): core-en.ts for the first screen, more-en.ts for the rest.
import {mergeCatalogs} from '../define.ts';
import {messages as core} from './core-en.ts';
import {messages as more} from './more-en.ts';

export const messages = mergeCatalogs([core, more]);
