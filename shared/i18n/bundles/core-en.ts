// The words a first open says in this language (en): the shell with every section's name, the request list
// and card, the outbox, and the error and validation messages (bundles/app.ts loads it before the first render).
// Everything else is in more-en.ts. A module whose screen is the first one adds its line here.
import {mergeCatalogs} from '../define.ts';
import {en as common} from '../messages/common/en.ts';
import {en as auth} from '../messages/auth/en.ts';
import {en as requests} from '../messages/requests/en.ts';
import {en as validation} from '../messages/validation/en.ts';
import {en as outbox} from '../messages/outbox/en.ts';
import {en as requestViews} from '../messages/request-views/en.ts';
import {en as ops} from '../messages/ops/en.ts';
import {en as suspension} from '../messages/suspension/en.ts';
import {en as announce} from '../messages/announce/en.ts';

export const messages = mergeCatalogs([common, auth, requests, validation, outbox, requestViews, ops, suspension, announce]);
