// The console's words in one language: its own chunk (console-words-en-*.js), kept out of the service
// worker's precache (client/vite.config.ts globIgnores) so company devices never fetch it.
export {en as words} from '#shared/i18n/messages/console/en.ts';
