// extract(text, options): the one entry point shared by the CLI, the importer and the API.
// Stages: page cleanup -> language -> sentences -> actors (gazetteer scan, language-specific
// recognition) -> statements (language module) -> assemble.
import type { Extraction, ExtractOptions, Language } from './types.ts';
import type { Document, LanguageExtractor } from './pipeline.ts';
import { ActorRegistry } from './actors.ts';
import { GAZETTEER } from './gazetteer.ts';
import { cleanPage } from './page.ts';
import { detectLanguage } from './language.ts';
import { segment } from './segment.ts';
import { assemble } from './assemble.ts';
import { parseIsoDate } from './dates.ts';
import { arabicExtractor } from './ar/index.ts';
import { englishExtractor } from './en/index.ts';

export { ExtractionError } from './errors.ts';
export type { Extraction, ExtractOptions, ExtractedActor, ExtractedStatement, KnownActor } from './types.ts';

/** Bumped whenever extraction output changes, so the importer can tell stale articles. */
export const EXTRACTOR_VERSION = '0.4.0';

const EXTRACTORS: Record<Language, LanguageExtractor> = { ar: arabicExtractor, en: englishExtractor };

/** Builds the Document the language modules work on (exported for tests and tools). */
export function prepareDocument(text: string, options: ExtractOptions = {}): Document {
  const language = detectLanguage(text, options.language ?? 'auto');
  const page = cleanPage(text);
  const publishedAt = options.publishedAt && parseIsoDate(options.publishedAt) ? options.publishedAt.slice(0, 10) : null;
  return {
    text,
    language,
    title: page.title,
    outlet: page.outlet,
    publishedAt,
    body: page.body,
    sentences: segment(text, page.body),
  };
}

export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const doc = prepareDocument(text, options);
  const extractor = EXTRACTORS[doc.language];
  const registry = new ActorRegistry(GAZETTEER, options.knownActors ?? []);
  registry.scan(doc.text, doc.body, doc.language === 'ar');
  extractor.findActors?.(doc, registry);
  const drafts = extractor.findStatements(doc, registry);
  return assemble(doc, registry, drafts);
}
