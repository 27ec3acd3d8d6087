// Word classes for the English tokens, from wink-nlp's English light model (runs offline, the
// model ships inside its npm package; why this library: README.md beside this file).
// wink tokenises losslessly (its tokens and the spaces before them rebuild the text), so each
// wink token gets character offsets and our tokens take the class of the wink token they start in.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from './tokens.ts';

/** Universal POS tags as wink-nlp gives them (ADJ, ADP, ADV, AUX, NOUN, PROPN, VERB, ...). */
export type Pos = string;

// Loading the model takes ~0.2 s: once per process, on first use.
let nlp: ReturnType<typeof winkNLP> | null = null;
function engine(): ReturnType<typeof winkNLP> {
  // Only the tagger: no sentence boundary, entity or negation pipes we would not read.
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/** Sets `pos` on every word token of `tokens` (tokens of `text`, in text order). */
export function tagTokens(text: string, tokens: Token[]): void {
  if (tokens.length === 0) return;
  const w = engine();
  const doc = w.readDoc(text);
  const its = w.its;
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  let offset = 0;
  let k = 0; // our token index
  for (let i = 0; i < values.length && k < tokens.length; i++) {
    offset += spaces[i]!.length;
    const start = offset;
    const end = start + values[i]!.length;
    offset = end;
    // Our tokens that start inside this wink token take its class.
    while (k < tokens.length && tokens[k]!.start < end) {
      if (tokens[k]!.start >= start) tokens[k]!.pos = tags[i]!;
      k++;
    }
  }
}
