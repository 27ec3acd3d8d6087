// Arabic names in Latin script (src/extract/transliterate.ts) and what they give the actors a new
// Arabic article brings: a Latin id, both scripts as names. Names here are composed for the test.
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/extract/actors.ts';
import { extract } from '../../src/extract/index.ts';
import { buildWordTable, Transliterator, transliterate } from '../../src/extract/transliterate.ts';
import type { GazetteerEntry } from '../../src/extract/gazetteer.ts';

describe('transliterate', () => {
  const cases: Array<[arabic: string, latin: string, id: string]> = [
    ['هشام مروة', 'Hisham Marwa', 'hisham-marwa'],
    // عبد and أبو are joined to the next word, as English news writes them.
    ['عبد الرحمن الشمري', 'Abdulrahman al-Shammari', 'abdulrahman-al-shammari'],
    // ال before a known word: al- and the word as the table spells it.
    ['خالد الفيصل', 'Khaled al-Faisal', 'khaled-al-faisal'],
    // Hamza and alef variants fold first: أحمد and احمد are one name.
    ['احمد سعيد', 'Ahmed Saeed', 'ahmed-saeed'],
    // bin/ibn stay lower case, as in English-language news.
    ['فهد بن ناصر', 'Fahd bin Nasser', 'fahd-bin-nasser'],
  ];
  it.each(cases)('%s -> %s (id %s)', (arabic, latin, id) => {
    expect(transliterate(arabic), arabic).toBe(latin);
    expect(slugify(arabic), arabic).toBe(id);
  });

  it('keeps Latin text as it is', () => {
    expect(transliterate('Hisham Marwa')).toBe('Hisham Marwa');
  });

  it('gives every word some Latin letters, even one in no table', () => {
    const unknown = 'زقطب';
    expect(transliterate(unknown)).toMatch(/^[A-Z][a-z]+$/);
  });
});

describe('word table', () => {
  const person = (ar: string, en: string): GazetteerEntry => ({ id: slugify(en), kind: 'PERSON', names: { ar: [ar], en: [en] } });

  it("learns a person's word pairs from the gazetteer when they occur twice", () => {
    const entries = [person('فلان زيدون', 'Fulan Zaydun'), person('علان زيدون', 'Allan Zaydun')];
    expect(buildWordTable(entries).get('زيدون')).toBe('zaydun');
    expect(new Transliterator(entries).name('سعد زيدون')).toBe('Saad Zaydun');
  });

  it("never learns from an organisation's name, which is a translation", () => {
    const org: GazetteerEntry = { id: 'x', kind: 'ORGANIZATION', names: { ar: ['وزارة الزراعة'], en: ['Agriculture Ministry'] } };
    expect(buildWordTable([org, org]).get('وزاره')).toBeUndefined();
  });
});

describe('a new person first seen in Arabic', () => {
  it('gets the Latin id an English article gives them, with both scripts as names', () => {
    const text = 'قال هشام مروة إن المحادثات ستستمر الأسبوع المقبل.';
    const actor = extract(text, { language: 'ar' }).actors.find((a) => a.name === 'هشام مروة');
    expect(actor, text).toBeDefined();
    expect(actor!.id).toBe('hisham-marwa');
    expect(actor!.aliases).toContain('Hisham Marwa');
    const english = extract('Hisham Marwa said the talks would go on next week.', { language: 'en' });
    expect(english.actors.map((a) => a.id)).toContain('hisham-marwa');
  });
});
