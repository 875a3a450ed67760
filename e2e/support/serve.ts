// The e2e web server: a fresh data directory every run, then exactly `npm start`.
import fs from 'node:fs';

const dir = process.env.DOT_DATA_DIR;
if (!dir || !dir.includes('dot-e2e-')) throw new Error('serve.ts runs only with an e2e DOT_DATA_DIR');
fs.rmSync(dir, {recursive: true, force: true});
fs.mkdirSync(dir, {recursive: true, mode: 0o755});
await import('#server/main.ts');
