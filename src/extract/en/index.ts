// Placeholder until the English extractor lands (owned by the EN helper).
import type { LanguageExtractor } from '../pipeline.ts';

export const englishExtractor: LanguageExtractor = {
  language: 'en',
  findStatements: () => [],
};
