// The document archive (issue 16, D1–D4): its REST routes, what its writes set
// off (the text of a new version for search, approvers told), and the
// validity scan (a reminder before "valid until", expired after it).
import {defineServerModule} from '../module/define.ts';
import {documentEffects} from './effects.ts';
import {documentJobs} from './jobs.ts';
import {documentRoutes} from './routes.ts';

export const documentsServer = defineServerModule({
  key: 'documents',
  routes: documentRoutes,
  // Queues are named after the mutator group ("document"), so a company that switches finance off has its waiting jobs cancelled.
  jobs: (d) => documentJobs(d),
  effects: documentEffects,
});
