// Evidence = the whole sentence(s) around a statement's span, with exact offsets into the text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidenceFor } from '../../src/api/evidence.ts';

const seed = readFileSync(path.resolve(import.meta.dirname, '../fixtures/ar-kremlin-trump-putin-syria.txt'), 'utf8');
const english =
  'Markets were calm on Monday. The Kremlin said on Saturday that Putin had spoken to Trump. ' +
  'Critics disagreed! Did anyone ask? Reuters reported the call.\nA new paragraph starts here.';
const filler = 'Talks had stalled for months before the weekend. Nobody in the capital expected a quick breakthrough.';
const abbreviations = `${filler} The ministry said on Jan. 29 that Mr. Smith would travel to the U.S. next week. ${filler}`;
const quoted = `${filler} "We will not stop. We never will," the minister said on Sunday. ${filler}`;

// Each case names a piece of the span text; the span is computed from the text, never hard-coded.
const cases: { name: string; text: string; language: 'ar' | 'en'; span: string }[] = [
  { name: 'en: span inside one sentence', text: english, language: 'en', span: 'Putin had spoken' },
  { name: 'en: span is the whole sentence', text: english, language: 'en', span: 'Critics disagreed!' },
  { name: 'en: question mark ends a sentence', text: english, language: 'en', span: 'anyone ask' },
  { name: 'en: last sentence of a paragraph', text: english, language: 'en', span: 'Reuters reported' },
  { name: 'ar: the Kremlin statement', text: seed, language: 'ar', span: 'قال الكرملين يوم السبت' },
  { name: 'ar: nested reminder', text: seed, language: 'ar', span: 'بوتين ذكر ترامب' },
  { name: 'ar: critics', text: seed, language: 'ar', span: 'واتهمه منتقدوه' },
  { name: 'en: an abbreviation does not end the sentence', text: abbreviations, language: 'en', span: 'Smith would travel' },
  { name: 'en: a quotation with two sentences stays with its cue', text: quoted, language: 'en', span: 'the minister said' },
];

// Where the evidence must start and end (whole sentences, never a piece cut at "Jan." or inside a quote).
const bounds: Record<string, [string, string]> = {
  'en: an abbreviation does not end the sentence': ['The ministry said on Jan. 29', 'next week.'],
  'en: a quotation with two sentences stays with its cue': ['"We will not stop.', 'on Sunday.'],
};

describe('evidenceFor', () => {
  for (const c of cases) {
    it(c.name, () => {
      const start = c.text.indexOf(c.span);
      expect(start, `fixture must contain "${c.span}"`).toBeGreaterThanOrEqual(0);
      const end = start + c.span.length;
      const evidence = evidenceFor(c.text, start, end);
      expect(evidence, c.name).not.toBeNull();
      const { sentence, start: s, end: e } = evidence!;
      expect(c.text.slice(s, e), `${c.name}: offsets point at the sentence`).toBe(sentence);
      expect(s, `${c.name}: sentence starts before the span`).toBeLessThanOrEqual(start);
      expect(e, `${c.name}: sentence ends after the span`).toBeGreaterThanOrEqual(end);
      expect(sentence, `${c.name}: one paragraph at most`).not.toContain('\n');
      expect(sentence.length, `${c.name}: a sentence, not the article`).toBeLessThan(c.text.length / 2);
      expect(sentence).toBe(sentence.trim());
      const [first, last] = bounds[c.name] ?? [];
      if (first) expect(sentence.startsWith(first), `${c.name}: starts with ${first}, got "${sentence}"`).toBe(true);
      if (last) expect(sentence.endsWith(last), `${c.name}: ends with ${last}, got "${sentence}"`).toBe(true);
    });
  }

  for (const [start, end] of [[-1, 3], [5, 5], [10, 4], [0, english.length + 1]] as const) {
    it(`null for an impossible span [${start}, ${end}]`, () => expect(evidenceFor(english, start, end)).toBeNull());
  }
});
