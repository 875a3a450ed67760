import {defineServerModule} from '../module/define.ts';
import {authRoutes} from '../routes/auth.ts';

/** Sign-up, sign-in, sessions, API keys, invitations, password reset. Always on. */
export const accountsServer = defineServerModule({
  key: 'accounts',
  routes: (d) => authRoutes(d.pool, d.config.limits, d.executor, d.now, {email: d.notify?.email ?? null, publicUrl: d.publicUrl}),
});
