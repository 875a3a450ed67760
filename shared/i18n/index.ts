// What the device and shared code import: no catalog here (the server's is in
// translate.ts, the device's per-language chunks in bundles/app.ts).
export * from './locales.ts';
export * from './runtime.ts';
export * from './format.ts';
export type {MessageKey} from './catalog.ts';
