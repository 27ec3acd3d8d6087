import type { LanguageExtractor } from '../pipeline.ts';
import { findArabicActors } from './actors.ts';
import { findArabicStatements } from './attributions.ts';

export const arabicExtractor: LanguageExtractor = {
  language: 'ar',
  findActors: findArabicActors,
  findStatements: findArabicStatements,
};
