import type { Document, DraftStatement } from '../pipeline.ts';
import type { ActorRegistry } from '../actors.ts';

export function findArabicStatements(_doc: Document, _registry: ActorRegistry): DraftStatement[] {
  return [];
}
