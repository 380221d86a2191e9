#!/usr/bin/env node
// The `osce` command. It runs the compiled JavaScript in dist/ (built by
// `npm ci` through `prepare`, see scripts/build.mjs) when that is newer than
// every source; after an edit to the sources it runs them through tsx's
// loader instead, so a developer never runs stale code. Help is plain
// JavaScript and is printed before any of that loads.
import { readdirSync, statSync } from 'node:fs';
import { COMMAND_HELP, HELP } from '../pipeline/help.js';

const argv = process.argv.slice(2);
const [command, ...rest] = argv;
const asksHelp = (args) => args.includes('--help') || args.includes('-h');

/** The newest modification time of the TypeScript sources under `dir`. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) t = Math.max(t, newest(path));
    else if (e.name.endsWith('.ts')) t = Math.max(t, statSync(path).mtimeMs);
  }
  return t;
}

function built() {
  const root = new URL('..', import.meta.url).pathname;
  try {
    const at = statSync(`${root}dist/BUILT`).mtimeMs;
    return at >= Math.max(newest(`${root}src`), newest(`${root}pipeline`), statSync(`${root}package.json`).mtimeMs);
  } catch {
    return false;
  }
}

if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
  console.log(HELP);
  process.exitCode = command === undefined ? 2 : 0;
} else if (Object.hasOwn(COMMAND_HELP, command) && asksHelp(rest)) {
  console.log(COMMAND_HELP[command]);
} else if (built()) {
  const { main } = await import('../dist/cli.js');
  process.exitCode = await main(argv);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../pipeline/cli.ts');
  process.exitCode = await main(argv);
}
