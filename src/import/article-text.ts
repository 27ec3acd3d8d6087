// The text the extractor sees for a record. The extractor reads the first line of a text as its
// headline (src/extract/page.ts); records from HTML pages, feeds and JSON carry the title apart
// from the body, so the title is put back on top, or the first paragraph would be taken for it.
import { normaliseText } from '../graph/identity.ts';

export function textForExtraction(record: { title?: string; text: string }): string {
  if (!record.title) return record.text;
  const firstLine = record.text.split('\n').find((line) => line.trim().length > 0) ?? '';
  const title = normaliseText(record.title);
  const first = normaliseText(firstLine);
  // A .txt article already starts with its headline (possibly with a site-name suffix).
  if (first === title || first.startsWith(title)) return record.text;
  return `${record.title.trim()}\n\n${record.text}`;
}
