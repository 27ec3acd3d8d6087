// Identity of what the importer writes (docs/graph-model.md, "Keys and identity").
// Every key is derived from the input alone, so importing the same article twice, from two
// processes or after a crash, lands on the same nodes: that is what makes writes idempotent.
import { createHash } from 'node:crypto';
import { foldKey } from '../extract/normalize.ts';
import type { Span } from '../extract/types.ts';

const ID_HEX_LENGTH = 24;

function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** NFC, every run of whitespace collapsed to one space, trimmed: re-wrapped copies hash alike. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * Canonical form of an article URL for identity: the fragment never names another document, and
 * the scheme and host are case-insensitive. Query strings are kept (they often are the article id).
 */
export function canonicalUrl(url: string): string {
  const parsed = new URL(url.trim());
  parsed.hash = '';
  return parsed.toString();
}

/** `url:<hash>` when the article has a URL, else `text:<hash>` of its normalised text. */
export function articleId(article: { url?: string | null; text: string }): string {
  if (article.url) return `url:${sha256Hex(canonicalUrl(article.url)).slice(0, ID_HEX_LENGTH)}`;
  return `text:${sha256Hex(normaliseText(article.text)).slice(0, ID_HEX_LENGTH)}`;
}

/** Changes when the words of the article change, not when only its whitespace does. */
export function contentHash(article: { title?: string | null; text: string }): string {
  // The separator cannot occur in normalised text (whitespace is collapsed to a single space).
  return sha256Hex(`${normaliseText(article.title ?? '')}\n${normaliseText(article.text)}`);
}

/**
 * A statement is its article plus the span of the attribution in the text; two statements on one
 * span (a frame with two speakers, a nested quote that fills its frame) are told apart by their
 * order in the extraction: the first keeps the plain id, the next ones get ".2", ".3".
 */
export function statementId(articleKey: string, span: Span, occurrence = 1): string {
  const base = `${articleKey}:${span[0]}-${span[1]}`;
  return occurrence > 1 ? `${base}.${occurrence}` : base;
}

/** An actor that means someone only within one article (a generic description): its id there. */
export function scopedActorId(actorId: string, articleKey: string): string {
  return `${actorId}@${articleKey}`;
}

/** "  Reuters " and "reuters" are one outlet. */
export function outletId(name: string): string {
  return normaliseText(name).toLocaleLowerCase('en');
}

/** The single string the full-text indexes read: name and aliases, each once. */
export function actorNames(name: string, aliases: readonly string[]): string {
  return [...new Set([name, ...aliases].map((n) => normaliseText(n)).filter((n) => n.length > 0))].join(' | ');
}

/** Separates the keys in `Actor.nameKeys`; never inside a key (nameKey replaces it). */
export const NAME_KEY_SEPARATOR = '|';

/**
 * The form a name is compared by when an actor is looked up by name: Arabic letters folded,
 * diacritics dropped, Latin lower-cased (the eval scorer's normalisation, src/extract/normalize.ts).
 */
export function nameKey(name: string): string {
  return foldKey(name.replaceAll(NAME_KEY_SEPARATOR, ' '));
}

/** Each name's key, once, empty ones left out. */
export function nameKeys(names: readonly string[]): string[] {
  return [...new Set(names.map(nameKey).filter((k) => k.length > 0))];
}

/**
 * `Actor.nameKeys`: the keys as one string, "|k1|k2|". Neo4j indexes cannot look up an element of
 * a list property, but a text index answers `nameKeys CONTAINS "|key|"`, which the separators make
 * a whole-name match.
 */
export function nameKeysProperty(names: readonly string[]): string {
  return `${NAME_KEY_SEPARATOR}${nameKeys(names).join(NAME_KEY_SEPARATOR)}${NAME_KEY_SEPARATOR}`;
}
