// Arabic actor recognition beyond the gazetteer: people and organisations introduced by a title or
// role where they speak ("قال وزير الخارجية السعودي عادل الجبير", "المهندس محمد فاروق طيفور",
// "سفارة تايلاند") are registered, then the text is scanned again so that their later short
// mentions ("الجبير", "طيفور") are found too.
import type { Document } from '../pipeline.ts';
import type { ActorRegistry } from '../actors.ts';
import { discoverArabicActors } from './attributions.ts';
import { registerRegions } from './about.ts';

export function findArabicActors(doc: Document, registry: ActorRegistry): void {
  const before = registry.all().length;
  // Regions and groupings (دول الخليج، الشرق الأوسط) are found by the same re-scan as new names.
  registerRegions(registry);
  discoverArabicActors(doc, registry);
  if (registry.all().length > before) registry.scan(doc.text, doc.body, true);
}
