// The Content-Security-Policy allows no eval (sync-server/http/security-headers.ts). zod compiles object parsers with
// `new Function` when it may, probing for it first — a probe the browser reports as a policy violation on every
// load. Parsing without that is as correct and fast enough for forms; imported first, before any schema is used.
import {config} from 'zod';

config({jitless: true});
