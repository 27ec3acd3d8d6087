import type { Document } from '../pipeline.ts';
import type { ActorRegistry } from '../actors.ts';

export function findArabicActors(_doc: Document, _registry: ActorRegistry): void {}
