// The Browser caption of a Statement node (src/graph/statement-caption.ts), composed cases.
import { describe, expect, it } from 'vitest';
import { CAPTION_CONTENT_CHARS, statementCaption } from '../../src/graph/statement-caption.ts';

const cases: { cueType: string; content: string; expected: string }[] = [
  { cueType: 'SAY', content: 'the talks were useful', expected: 'say: the talks were useful' },
  { cueType: 'DENY', content: 'the ministry had any part in the decision to close the port', expected: 'deny: the ministry had any part in…' },
  { cueType: 'WARN', content: '  prices\nwould   rise ', expected: 'warn: prices would rise' },
  { cueType: 'SAY', content: 'إن المحادثات كانت مفيدة وإن الجانبين اتفقا على اللقاء مجددا', expected: 'say: إن المحادثات كانت مفيدة وإن…' },
  { cueType: 'SAY', content: 'Supercalifragilisticexpialidociousnesses', expected: `say: ${'Supercalifragilisticexpialidociousnesses'.slice(0, CAPTION_CONTENT_CHARS)}…` },
];

describe('statementCaption', () => {
  for (const { cueType, content, expected } of cases) {
    it(`${cueType} "${content.slice(0, 30)}"`, () => expect(statementCaption({ cueType, content })).toBe(expected));
  }
});
