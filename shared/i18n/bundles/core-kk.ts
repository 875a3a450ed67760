// The words a first open says in this language (kk): the shell with every section's name, the request list
// and card, the outbox, and the error and validation messages (bundles/app.ts loads it before the first render).
// Everything else is in more-kk.ts. A module whose screen is the first one adds its line here.
import {mergeCatalogs} from '../define.ts';
import {kk as common} from '../messages/common/kk.ts';
import {kk as auth} from '../messages/auth/kk.ts';
import {kk as requests} from '../messages/requests/kk.ts';
import {kk as validation} from '../messages/validation/kk.ts';
import {kk as outbox} from '../messages/outbox/kk.ts';
import {kk as requestViews} from '../messages/request-views/kk.ts';
import {kk as ops} from '../messages/ops/kk.ts';
import {kk as suspension} from '../messages/suspension/kk.ts';
import {kk as announce} from '../messages/announce/kk.ts';

export const messages = mergeCatalogs([common, auth, requests, validation, outbox, requestViews, ops, suspension, announce]);
