// A plain-text article: the first non-empty line is its title. The text stays exactly as read
// (title line included) so statement offsets match `claimgraph extract FILE` on the same file.
import { completeRecord } from './record.ts';
import type { IngestItem, RecordDefaults, SourceRef } from './types.ts';

export function readTextArticle(text: string, source: SourceRef, defaults: RecordDefaults = {}): IngestItem {
  const body = text.replace(/^\uFEFF/, '');
  const title = body.split('\n').find((line) => line.trim().length > 0)?.trim() ?? null;
  return completeRecord({ title, text: body }, source, defaults);
}
