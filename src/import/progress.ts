// How an import shows that it is alive: a cli-progress bar on a terminal, plain periodic lines
// otherwise (CI logs, files), nothing with --no-progress. Everything goes to stderr: stdout keeps
// the summary (and the JSON of --dry-run) clean for pipes.
//
// The bar counts input bytes, not articles: the inputs' sizes are known before anything is read
// (measureInputs), while the number of records in a JSON-lines file or a feed is not. So the total
// is fixed from the first frame and the percentage and the ETA move as the work does. Inputs
// without a size up front (a URL, standard input) get a counter without percentage or ETA rather
// than a total that grows as they are read.
//
// cli-progress's MultiBar (with one bar) is used for its log(): a line logged is printed above the
// bar at the next redraw, so rejects never land inside the bar's line or get drawn over.
import { MultiBar, type Options, type SingleBar } from 'cli-progress';
import type { ImportProgress } from './import-articles.ts';

export interface ProgressView {
  update(progress: Readonly<ImportProgress>): void;
  /** Prints a line above the bar (rejects as they happen). */
  log(line: string): void;
  /**
   * Ends the view and leaves the cursor at the start of a fresh line, below everything logged.
   * `complete`: every input was read, so the bar ends at 100 % (bytes no record accounts for,
   * such as trailing blank lines, are done too).
   */
  stop(complete?: boolean): void;
}

const done = (p: Readonly<ImportProgress>) => p.new + p.updated + p.unchanged + p.failed;

function rate(count: number, startedAt: number): string {
  const seconds = (performance.now() - startedAt) / 1000;
  return seconds > 0 ? (count / seconds).toFixed(1) : '0.0';
}

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];

/** The decimal unit (as `ls -h --si`) a size reads best in: its power of 1000. */
function unitOf(bytes: number): number {
  return Math.min(UNITS.length - 1, Math.max(0, Math.floor(Math.log10(Math.max(1, bytes)) / 3)));
}

const inUnit = (bytes: number, unit: number) => (unit === 0 ? String(bytes) : (bytes / 1000 ** unit).toFixed(1));

/** 1536 -> "1.5 kB". */
export function formatBytes(bytes: number): string {
  const unit = unitOf(bytes);
  return `${inUnit(bytes, unit)} ${UNITS[unit]}`;
}

/** How far, in the total's unit: (1536, 45600) -> "1.5/45.6 kB" (the bar has little room). */
export function formatBytesOf(bytes: number, total: number): string {
  const unit = unitOf(total);
  return `${inUnit(bytes, unit)}/${inUnit(total, unit)} ${UNITS[unit]}`;
}

/** Seconds as "42s", "3m05s", "1h02m"; nothing known yet (no progress measured) as "--". */
export function formatEta(seconds: number | string): string {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return '--';
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}

const counts = (p: Readonly<ImportProgress>) => `${done(p)} articles (${p.new} new, ${p.updated} updated, ${p.unchanged} unchanged, ${p.failed} failed)`;

class BarView implements ProgressView {
  private readonly bars: MultiBar;
  private readonly bar: SingleBar;
  private readonly startedAt = performance.now();
  private stopped = false;
  private measuring = false;

  constructor(private readonly totalBytes: number | undefined) {
    const options: Options = {
      format:
        totalBytes === undefined
          ? 'import | {counts} | {rate} articles/s'
          : // What matters first: a line longer than the terminal is cut at its end.
            'import |{bar}| {percentage}% | {bytes} | ETA {eta_formatted} | {done} articles, {failed} failed',
      barsize: 16,
      hideCursor: true,
      clearOnComplete: false,
      stream: process.stderr,
      fps: 5,
      // The ETA follows the rate of the last ten seconds (50 frames at 5 fps), recomputed at every
      // frame: batches land in steps, and between two steps the estimate keeps counting down.
      etaBuffer: 50,
      etaAsynchronousUpdate: true,
      formatTime: (t) => formatEta(t),
    };
    this.bars = new MultiBar(options);
    this.bar = this.bars.create(Math.max(1, totalBytes ?? 1), 0, this.payload(undefined));
  }

  private payload(p: Readonly<ImportProgress> | undefined) {
    const empty: ImportProgress = { read: 0, new: 0, updated: 0, unchanged: 0, failed: 0, statements: 0, bytes: 0 };
    const progress = p ?? empty;
    return {
      counts: counts(progress),
      rate: rate(done(progress), this.startedAt),
      done: done(progress),
      failed: progress.failed,
      bytes: formatBytesOf(Math.min(progress.bytes, this.totalBytes ?? 0), this.totalBytes ?? 0),
    };
  }

  update(p: Readonly<ImportProgress>): void {
    if (this.stopped) return;
    const value = this.totalBytes === undefined ? 0 : Math.min(p.bytes, this.totalBytes);
    if (!this.measuring && value > 0) {
      // The rate is measured from the first article that landed: the time before it (connecting,
      // loading the extractor) is paid once and would make the first estimates many times too long.
      this.measuring = true;
      this.bar.start(this.totalBytes!, value, this.payload(p));
      return;
    }
    this.bar.update(value, this.payload(p));
  }

  log(line: string): void {
    if (this.stopped) process.stderr.write(`${line}\n`);
    else this.bars.log(`${line}\n`);
  }

  stop(complete = false): void {
    if (this.stopped) return;
    if (complete && this.totalBytes !== undefined) this.bar.update(this.totalBytes);
    // MultiBar.stop() draws the bar once more but drops lines still waiting in its log buffer:
    // one redraw first prints them above the bar.
    this.bars.update();
    this.bars.stop();
    this.stopped = true;
  }
}

class LineView implements ProgressView {
  private last = 0;
  private readonly startedAt = performance.now();

  constructor(
    private readonly everyMs: number,
    private readonly totalBytes: number | undefined,
  ) {}

  update(p: Readonly<ImportProgress>): void {
    const now = performance.now();
    if (now - this.last < this.everyMs) return;
    this.last = now;
    process.stderr.write(`import: ${this.where(p)}${counts(p)}, ${rate(done(p), this.startedAt)} articles/s\n`);
  }

  /** "37% of 12.0 MB, ETA 1m05s, " from the average rate so far (a log line has no frames to smooth). */
  private where(p: Readonly<ImportProgress>): string {
    if (this.totalBytes === undefined || this.totalBytes === 0) return '';
    const bytes = Math.min(p.bytes, this.totalBytes);
    const seconds = (performance.now() - this.startedAt) / 1000;
    const eta = bytes > 0 ? ((this.totalBytes - bytes) * seconds) / bytes : Number.NaN;
    return `${Math.floor((bytes * 100) / this.totalBytes)}% of ${formatBytes(this.totalBytes)}, ETA ${formatEta(eta)}, `;
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

/** `totalBytes`: the inputs' size (measureInputs), undefined when it cannot be known up front. */
export function progressView(enabled: boolean, totalBytes: number | undefined, tty = Boolean(process.stderr.isTTY)): ProgressView {
  if (!enabled) return new QuietView();
  return tty ? new BarView(totalBytes) : new LineView(2_000, totalBytes);
}
