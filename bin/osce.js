#!/usr/bin/env node
// The `osce` command. TypeScript sources run through tsx's loader, so `npx osce`
// works right after `npm ci` with no build step. Help is plain JavaScript and is
// printed before any of that loads: a first `osce --help` answers at once.
import { COMMAND_HELP, HELP } from '../pipeline/help.js';

const argv = process.argv.slice(2);
const [command, ...rest] = argv;
const asksHelp = (args) => args.includes('--help') || args.includes('-h');
if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
  console.log(HELP);
  process.exitCode = command === undefined ? 2 : 0;
} else if (Object.hasOwn(COMMAND_HELP, command) && asksHelp(rest)) {
  console.log(COMMAND_HELP[command]);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../pipeline/cli.ts');
  process.exitCode = await main(argv);
}
