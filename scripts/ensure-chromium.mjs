#!/usr/bin/env node
// The browser tests drive Debian's chromium through playwright-core (never a downloaded browser).
// Before `pnpm test`, make sure it is there: install it with apt-get when we are root on Debian,
// otherwise say exactly what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `The browser tests need Debian's chromium at ${path}. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\n(or set CHROMIUM_PATH to a Chromium 156 binary).`,
  );
  process.exit(1);
}
console.log("Installing Debian's chromium for the browser tests (apt-get) …");
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync(
  'apt-get',
  ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'],
  {
    stdio: 'inherit',
    env,
  },
);
