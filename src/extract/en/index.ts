// The English extractor: tokens and quotations (tokens.ts), actors from titles and names
// (names.ts), attribution patterns per clause (attributions.ts), then what the statements are
// about, relays through media and nesting (relations.ts). Pure, deterministic, linear passes.
import type { ActorRegistry } from '../actors.ts';
import type { Document, DraftStatement, LanguageExtractor } from '../pipeline.ts';
import { datelineEnd, findQuotations, findUnits, tokenize, type Token, type Unit } from './tokens.ts';
import { tagTokens } from './pos.ts';
import { findEnglishActors, newFacts, type ActorFacts } from './names.ts';
import { findAttributions } from './attributions.ts';
import { linkStatements } from './relations.ts';

interface Prepared {
  tokens: Token[];
  units: Unit[];
  facts: ActorFacts;
}

// findActors and findStatements run one after the other on the same document: keep the tokens.
const prepared = new WeakMap<Document, Prepared>();

function prepare(doc: Document): Prepared {
  let p = prepared.get(doc);
  if (!p) {
    const tokens = tokenize(doc.text);
    tagTokens(doc.text, tokens);
    findQuotations(tokens);
    const units = findUnits(tokens).filter((u) => inBody(doc, tokens[u.first]!.start));
    // The first sentence of a paragraph may open with a dateline: the sentence starts after it.
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!;
      if (i === 0 || units[i - 1]!.paragraph !== u.paragraph) u.first = datelineEnd(tokens, u);
    }
    p = { tokens, units, facts: newFacts(doc.publishedAt) };
    prepared.set(doc, p);
  }
  return p;
}

function inBody(doc: Document, offset: number): boolean {
  // Body spans are few and sorted: a linear scan per unit is cheap, but use binary search anyway.
  const spans = doc.body;
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid]!;
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return true;
  }
  return false;
}

export const englishExtractor: LanguageExtractor = {
  language: 'en',
  findActors(doc: Document, registry: ActorRegistry): void {
    const p = prepare(doc);
    findEnglishActors(doc.text, p.tokens, registry, p.facts, (offset) => inBody(doc, offset));
  },
  findStatements(doc: Document, registry: ActorRegistry): DraftStatement[] {
    const p = prepare(doc);
    const found = findAttributions(doc.text, p.tokens, p.units, registry, p.facts);
    return linkStatements(doc.text, found.map((f) => f.draft), registry);
  },
};
