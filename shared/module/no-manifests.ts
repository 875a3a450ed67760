// What a browser build gets for #shared/module/manifests.ts (package.json "imports"): no manifests, so
// shared/company/module-access.ts does not pull every module's writes onto a device's first screen. The
// device hands the real ones over when it loads the writes (client/src/sync/mutators.ts).
import type {SharedModule} from './define.ts';

export const SHARED_MODULES: readonly SharedModule[] | undefined = undefined;
