// One runner for the Arabic and English attribution tables (test/extract/{ar,en}/attributions.test.ts):
// each row is a tiny article written for the tests, each expectation names a statement by a piece
// of its content, and every failure message names the input sentence.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import type { Extraction, ExtractedStatement } from '../../src/extract/types.ts';

export interface Expect {
  content: string;
  /** A piece of the speaker actor's id, name or aliases (or of the speaker words, when the table allows). */
  speaker: string;
  cueType?: string;
  direct?: boolean;
  via?: string[];
  about?: string[];
  addressees?: string[];
  parentContent?: string;
  date?: string;
  /** The speaker actor's kind, and the actors it describes ("a senior Trump aide"). */
  kind?: string;
  describes?: string[];
  notContent?: string;
}

export interface Case {
  name: string;
  body: string;
  expect: Expect[];
  publishedAt?: string;
}

export interface AttributionTable {
  title: string;
  language: 'ar' | 'en';
  /** The article's first line (a headline, the way the language's sites write it). */
  headline: string;
  cases: Case[];
  /** Bodies in which nothing is a statement. */
  noStatements: { name: string; body: string }[];
  /** How a content is quoted in test names and messages. */
  quote: (text: string) => string;
  /** Whether the speaker words themselves may match `speaker` (not only the actor's names). */
  speakerFromText?: boolean;
  /**
   * Expectations the extractor does not meet yet (the test names, "finds «…» said by …"): run as
   * `it.fails`, so they document a known gap and turn red the day it is closed (then move them out).
   */
  knownGaps?: ReadonlySet<string>;
  /** Checks that hold for every expected statement of the table. */
  invariants?: (s: ExtractedStatement, where: string) => void;
}

export const article = (table: AttributionTable, body: string): string => `${table.headline}\n\n${body}\n`;

/** The innermost statement containing the words (a relaying statement contains its child's). */
function find(x: Extraction, content: string): ExtractedStatement | undefined {
  return x.statements.filter((s) => s.content.includes(content)).sort((a, b) => a.content.length - b.content.length)[0];
}

function speakerNames(x: Extraction, s: ExtractedStatement, fromText: boolean): string {
  const a = x.actors.find((y) => y.id === s.speaker);
  return [s.speaker ?? '', ...(fromText ? [s.speakerText ?? ''] : []), ...(a ? [a.name, ...a.aliases] : [])].join(' | ');
}

export function runAttributionTable(table: AttributionTable): void {
  const q = table.quote;
  describe(table.title, () => {
    for (const c of table.cases) {
      describe(c.name, () => {
        const x = extract(article(table, c.body), { language: table.language, ...(c.publishedAt ? { publishedAt: c.publishedAt } : {}) });
        for (const e of c.expect) {
          const title = `finds ${q(e.content)} said by ${e.speaker}`;
          (table.knownGaps?.has(title) ? it.fails : it)(title, () => {
            const of = (what: string) => `${what} of ${q(e.content)} in: ${c.body}`;
            const s = find(x, e.content);
            const got = x.statements.map((y) => `[${y.speaker}] ${y.content}`).join(' / ');
            expect(s, `no statement contains ${q(e.content)} in: ${c.body}\ngot: ${got}`).toBeDefined();
            expect(speakerNames(x, s!, table.speakerFromText ?? false), of('speaker')).toContain(e.speaker);
            if (e.cueType) expect(s!.cueType, of('cueType')).toBe(e.cueType);
            if (e.direct !== undefined) expect(s!.direct, of('direct')).toBe(e.direct);
            for (const v of e.via ?? []) expect(s!.via, of('via')).toContain(v);
            // An about entry names an actor by id or by name (new actors' ids are transliterated).
            const about = s!.about.flatMap((id) => { const a = x.actors.find((y) => y.id === id); return [id, ...(a ? [a.name] : [])]; });
            for (const a of e.about ?? []) expect(about, of('about')).toContain(a);
            for (const a of e.addressees ?? []) expect(s!.addressees, of('addressees')).toContain(a);
            if (e.date) expect(s!.date, of('date')).toBe(e.date);
            if (e.notContent) expect(s!.content, of('content')).not.toContain(e.notContent);
            if (e.kind || e.describes) {
              const actor = x.actors.find((a) => a.id === s!.speaker);
              if (e.kind) expect(actor?.kind, of('speaker kind')).toBe(e.kind);
              for (const d of e.describes ?? []) expect(actor?.describes ?? [], of('describes')).toContain(d);
            }
            if (e.parentContent) {
              const parent = x.statements.find((p) => p.id === s!.parent);
              expect(parent?.content ?? '', of('parent')).toContain(e.parentContent);
            }
            table.invariants?.(s!, `${q(e.content)} in: ${c.body}`);
          });
        }
      });
    }

    for (const c of table.noStatements) {
      it(`finds no statement in ${c.name}: ${q(c.body)}`, () => {
        const x = extract(article(table, c.body), { language: table.language });
        expect(x.statements.map((s) => s.content), `statements in: ${c.body}`).toEqual([]);
      });
    }
  });
}
