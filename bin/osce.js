#!/usr/bin/env node
// The `osce` command. TypeScript sources run through tsx's loader, so `npx osce`
// works right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../pipeline/cli.ts');
process.exitCode = await main(process.argv.slice(2));
