// The app's words in one language (ru), whole: part of the server's catalog (catalog.ts). The device loads
// them in two chunks instead (bundles/app.ts): core-ru.ts for the first screen, more-ru.ts for the rest.
import {mergeCatalogs} from '../define.ts';
import {messages as core} from './core-ru.ts';
import {messages as more} from './more-ru.ts';

export const messages = mergeCatalogs([core, more]);
