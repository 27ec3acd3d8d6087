// The rejects file: one JSON line per input that did not land ({reason, file, line?, item?}), so
// a person can fix the inputs and import just those again. Created on the first reject only.
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import type { IngestReject } from '../ingest/types.ts';

export class RejectsFile {
  private stream: WriteStream | undefined;
  count = 0;

  constructor(readonly path: string) {}

  add(reject: IngestReject): void {
    if (!this.stream) {
      // The default lives in .claimgraph/ (git-ignored), which may not exist yet.
      mkdirSync(dirname(this.path), { recursive: true });
      this.stream = createWriteStream(this.path, { flags: 'w' });
    }
    this.count++;
    this.stream.write(`${JSON.stringify({ reason: reject.reason, ...reject.source })}\n`);
  }

  async close(): Promise<void> {
    const stream = this.stream;
    if (!stream) return;
    await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
}
