// How an import shows that it is alive: a cli-progress bar on a terminal, plain periodic lines
// otherwise (CI logs, files), nothing with --no-progress. Everything goes to stderr: stdout keeps
// the summary (and the JSON of --dry-run) clean for pipes.
import { SingleBar } from 'cli-progress';
import type { ImportProgress } from './import-articles.ts';

export interface ProgressView {
  update(progress: Readonly<ImportProgress>): void;
  /** Prints a line without breaking the bar (rejects as they happen). */
  log(line: string): void;
  stop(): void;
}

const done = (p: Readonly<ImportProgress>) => p.new + p.updated + p.unchanged + p.failed;

function rate(count: number, startedAt: number): string {
  const seconds = (performance.now() - startedAt) / 1000;
  return seconds > 0 ? (count / seconds).toFixed(1) : '0.0';
}

class BarView implements ProgressView {
  private readonly bar = new SingleBar(
    {
      format: 'import |{bar}| {value}/{total} articles | {new} new, {updated} updated, {unchanged} unchanged, {failed} failed | {rate}/s',
      hideCursor: true,
      clearOnComplete: false,
      stream: process.stderr,
      etaBuffer: 50,
    },
  );
  private readonly startedAt = performance.now();
  private started = false;

  update(p: Readonly<ImportProgress>): void {
    const payload = { new: p.new, updated: p.updated, unchanged: p.unchanged, failed: p.failed, rate: rate(done(p), this.startedAt) };
    // The total grows as inputs are read: streams and feeds have no count up front.
    if (!this.started) {
      this.bar.start(Math.max(p.read, 1), done(p), payload);
      this.started = true;
    } else {
      this.bar.setTotal(Math.max(p.read, 1));
      this.bar.update(done(p), payload);
    }
  }

  log(line: string): void {
    if (this.started) {
      // Clear the bar's line, print, and let the next update redraw it.
      process.stderr.write(`\r\x1b[K${line}\n`);
    } else process.stderr.write(`${line}\n`);
  }

  stop(): void {
    if (this.started) this.bar.stop();
  }
}

class LineView implements ProgressView {
  private last = 0;
  private readonly startedAt = performance.now();

  constructor(private readonly everyMs: number) {}

  update(p: Readonly<ImportProgress>): void {
    const now = performance.now();
    if (now - this.last < this.everyMs) return;
    this.last = now;
    process.stderr.write(
      `import: ${done(p)}/${p.read} articles (${p.new} new, ${p.updated} updated, ${p.unchanged} unchanged, ${p.failed} failed), ${rate(done(p), this.startedAt)} articles/s\n`,
    );
  }

  log(line: string): void {
    process.stderr.write(`${line}\n`);
  }

  stop(): void {}
}

class QuietView implements ProgressView {
  update(): void {}
  log(line: string): void {
    process.stderr.write(`${line}\n`);
  }
  stop(): void {}
}

export function progressView(enabled: boolean, tty = Boolean(process.stderr.isTTY)): ProgressView {
  if (!enabled) return new QuietView();
  return tty ? new BarView() : new LineView(2_000);
}
