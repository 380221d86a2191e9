// Entry of the runner's worker processes when running from the TypeScript
// sources: registers tsx's loader, then runs child-main.ts. The installed
// build runs dist/child.js, the same module compiled.
import { register } from 'tsx/esm/api';

register();
await import('./child-main.ts');
