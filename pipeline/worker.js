// Entry of the runner's worker threads: registers tsx's loader in this
// thread (loader hooks are per thread), then serves the tasks of tasks.ts.
import { register } from 'tsx/esm/api';

register();
const tasks = await import('./tasks.ts');
export const buildInput = tasks.buildInput;
export const processStatement = tasks.processStatement;
