// Names already resolved to actors, shared by the requests of one server for a short while: the
// name -> actor look-up (exact, normalised, then full-text) is the one query almost every question
// starts with, and names change rarely. Cleared by every mutation of this server; a change made
// elsewhere (the importer CLI) is seen after at most `ttlMs`.
import type { ActorRow } from '../graph/read/types.ts';

export class NameCache {
  private readonly entries = new Map<string, { actor: ActorRow; at: number }>();

  constructor(
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 10_000,
  ) {}

  get(name: string): ActorRow | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    if (Date.now() - entry.at > this.ttlMs) {
      this.entries.delete(name);
      return undefined;
    }
    return entry.actor;
  }

  set(name: string, actor: ActorRow): void {
    // Oldest first out: a Map iterates in insertion order.
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.delete(name);
    this.entries.set(name, { actor, at: Date.now() });
  }

  clear(): void {
    this.entries.clear();
  }
}
