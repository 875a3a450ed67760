#!/usr/bin/env node
// `npm test` on a fresh machine: install what is missing, then the tests run.
// Plain JavaScript with no dependencies: it may run before node_modules exists.
import {execSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

const run = (cmd) => execSync(cmd, {stdio: 'inherit'});
const asRoot = os.userInfo().uid === 0;
const sudo = asRoot ? '' : 'sudo ';

if (!fs.existsSync('node_modules/.package-lock.json')) {
  console.log('[pretest] installing dependencies (npm ci)…');
  run('npm ci --no-audit --no-fund');
}

// Debian packages the tests drive: Chromium (e2e), zbarimg (QR round trips),
// pdftoppm (the printable QR sheet, read back page by page).
const needed = [
  ['/usr/bin/chromium', 'chromium'],
  ['/usr/bin/zbarimg', 'zbar-tools'],
  ['/usr/bin/pdftoppm', 'poppler-utils'],
].filter(([bin]) => !fs.existsSync(bin));
if (needed.length) {
  const pkgs = needed.map(([, pkg]) => pkg).join(' ');
  console.log(`[pretest] installing Debian packages: ${pkgs}…`);
  try {
    run(`${sudo}apt-get update -qq && ${sudo}apt-get install -y -qq ${pkgs}`);
  } catch {
    console.error(`[pretest] could not install ${pkgs}. Install them yourself: apt-get install -y ${pkgs} (see DEVELOPERS.md).`);
    process.exit(1);
  }
}
