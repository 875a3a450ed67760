// The words a first open says in this language (ru): the shell with every section's name, the request list
// and card, the outbox, and the error and validation messages (bundles/app.ts loads it before the first render).
// Everything else is in more-ru.ts. A module whose screen is the first one adds its line here.
import {mergeCatalogs} from '../define.ts';
import {ru as common} from '../messages/common/ru.ts';
import {ru as auth} from '../messages/auth/ru.ts';
import {ru as requests} from '../messages/requests/ru.ts';
import {ru as validation} from '../messages/validation/ru.ts';
import {ru as outbox} from '../messages/outbox/ru.ts';
import {ru as requestViews} from '../messages/request-views/ru.ts';
import {ru as ops} from '../messages/ops/ru.ts';
import {ru as suspension} from '../messages/suspension/ru.ts';
import {ru as announce} from '../messages/announce/ru.ts';

export const messages = mergeCatalogs([common, auth, requests, validation, outbox, requestViews, ops, suspension, announce]);
