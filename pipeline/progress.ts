/**
 * Progress of a run on the terminal: one line redrawn in place with counts,
 * rate and time left. Only for a terminal; a log file or a pipe gets the
 * runner's plain one-line-per-input log instead.
 */
import type { ProgressEvent } from './run.ts';

const clock = (seconds: number): string => {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

export class ProgressBar {
  private started = Date.now();
  private phase: ProgressEvent['phase'] = 'inputs';
  private failed = 0;
  private cached = 0;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  update(e: ProgressEvent): void {
    if (e.phase !== this.phase) {
      // a new phase (inputs, then statements) has counts and a rate of its own
      [this.phase, this.started, this.failed, this.cached] = [e.phase, Date.now(), 0, 0];
    }
    if (e.status === 'failed') {
      this.failed++;
      // failures stay on screen above the bar
      this.stream.write(`\r\x1b[2K${e.message}\n`);
    }
    if (e.status === 'cached') this.cached++;
    const elapsed = (Date.now() - this.started) / 1000;
    const rate = e.done / Math.max(elapsed, 1e-3);
    const width = Math.max(10, Math.min(30, (this.stream.columns ?? 80) - 70));
    const filled = Math.round((width * e.done) / Math.max(1, e.total));
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
    const counts = `${e.done}/${e.total}${this.cached ? ` (${this.cached} cached)` : ''}${this.failed ? ` ${this.failed} failed` : ''}`;
    const line = `${e.phase.padEnd(10)} ${bar} ${counts}  ${rate.toFixed(1)}/s  ETA ${clock((e.total - e.done) / rate)}  ${e.path}`;
    this.stream.write(`\r\x1b[2K${line.slice(0, (this.stream.columns ?? 120) - 1)}`);
  }

  done(): void {
    this.stream.write('\r\x1b[2K');
  }
}
