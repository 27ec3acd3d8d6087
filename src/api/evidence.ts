// The evidence of a statement: the whole sentence(s) of the article text that contain its span, so a
// reader sees the claim in its own words. Sentence boundaries come from Intl.Segmenter (ICU), which
// knows Arabic punctuation (؟ ، ۔) as well as Latin.
import type { Language } from '../extract/types.ts';

export interface Evidence {
  sentence: string;
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: Language | null): Intl.Segmenter {
  const locale = language ?? 'en';
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale, { granularity: 'sentence' })));
  return s;
}

/** Null when the span does not fit the text (e.g. an article re-imported with another text). */
export function evidenceFor(text: string, start: number, end: number, language: Language | null): Evidence | null {
  if (!(start >= 0 && end > start && end <= text.length)) return null;
  // Only the paragraph around the span is segmented: articles can be long, evidence is local.
  const paraStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end);
  const paraEnd = nextBreak < 0 ? text.length : nextBreak;
  let from = -1;
  let to = -1;
  for (const seg of segmenter(language).segment(text.slice(paraStart, paraEnd))) {
    const segStart = paraStart + seg.index;
    const segEnd = segStart + seg.segment.length;
    if (segEnd <= start || segStart >= end) continue;
    if (from < 0) from = segStart;
    to = segEnd;
  }
  if (from < 0) return null;
  // Trim the whitespace the segmenter leaves at the end of a sentence, keeping offsets exact.
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const sentence = raw.trim();
  return { sentence, start: from + lead, end: from + lead + sentence.length };
}
