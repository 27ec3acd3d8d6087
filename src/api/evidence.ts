// The evidence of a statement: the whole sentence(s) of the article text that contain its span, so a
// reader sees the claim in its own words. Sentences are cut by the extractor's own segmenter
// (src/extract/segment.ts): the same boundaries the statement was found in, quotation-aware
// ("«…. …» قال" is one sentence) and abbreviation-aware ("on Jan. 29", "Mr. Smith", "U.S.").

import { segment } from '../extract/segment.ts';

export interface Evidence {
  sentence: string;
  start: number;
  end: number;
}

/** Null when the span does not fit the text (e.g. an article re-imported with another text). */
export function evidenceFor(text: string, start: number, end: number): Evidence | null {
  if (!(start >= 0 && end > start && end <= text.length)) return null;
  // Only the paragraph around the span is segmented: articles can be long, evidence is local.
  const paraStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end);
  const paraEnd = nextBreak < 0 ? text.length : nextBreak;
  const around = segment(text, [[paraStart, paraEnd]]).filter((s) => s.end > start && s.start < end);
  if (around.length === 0) return null;
  const from = around[0]!.start;
  const to = around.at(-1)!.end;
  return { sentence: text.slice(from, to), start: from, end: to };
}
