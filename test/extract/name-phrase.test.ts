// Is a new actor's name a name (src/extract/name-phrase.ts)? One row per class of phrase; names and
// phrases composed for this test. Each failure names its input.
import { describe, expect, it } from 'vitest';
import { judgeActorName, nameWithin } from '../../src/extract/name-phrase.ts';

const cases: Array<[phrase: string, kind: 'name' | 'description' | 'fragment', why: string]> = [
  ['هشام مروة', 'name', 'a person'],
  ['وزارة الزراعة الأردنية', 'name', 'a named body'],
  ['Hisham Marwa', 'name', 'a Latin name'],
  // A preposition, with or without the conjunction و/ف before it (two-letter prepositions too).
  ['في المقابل', 'fragment', 'a preposition'],
  ['وفي المقابل', 'fragment', 'و + a two-letter preposition'],
  ['ومن جهة أخرى', 'fragment', 'و + من'],
  ['وعن الأسعار الجديدة', 'fragment', 'و + عن'],
  ['فمن ناحيتها', 'fragment', 'ف + من'],
  ['بحسب الوكالة', 'fragment', 'a relay word'],
  ['بمملكة البحرين', 'fragment', 'a proclitic preposition'],
  ['صلى الله عليه وسلم', 'fragment', 'a formula'],
  ['الطيار الركن صالح بن', 'fragment', 'truncated on a connector'],
  ['مدير الإدارة العامة للشؤون الفنية في المنطقة الشرقية الجديدة', 'fragment', 'longer than seven words'],
  // Generic descriptions, with or without the article on their head.
  ['مصادر مطلعة', 'description', 'a described source'],
  ['الوزارة', 'description', 'a generic body'],
  ['المتحدث الرسمي', 'description', 'a head with the article, and a vague modifier'],
  ['الخبير الاقتصادي', 'description', 'another head with the article'],
  ['a senior official', 'description', 'a Latin description'],
];

describe('judgeActorName', () => {
  it.each(cases)('%s -> %s (%s)', (phrase, kind) => {
    expect(judgeActorName(phrase).kind, phrase).toBe(kind);
  });

  it('a word that merely starts with و is not a conjunction before a preposition', () => {
    expect(judgeActorName('وليد فاضل').kind).toBe('name');
  });
});

describe('nameWithin', () => {
  it('cuts a name that runs on into the sentence back to the name', () => {
    expect(nameWithin('هشام مروة سلم الرسالة')?.name).toBe('هشام مروة');
  });
  it('finds nothing in a phrase that starts wrong', () => {
    expect(nameWithin('وفي المقابل أكد')).toBeNull();
  });
});
