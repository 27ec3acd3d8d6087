// Look-ahead: a resolver that can read its child list in the same query (an article and its
// statements) leaves the result here, keyed by the child's field node in the request's document
// and the parent's id; the child resolver takes it instead of querying. A child field that was not
// prefetched (another alias, other arguments) finds nothing and queries as usual.
import type { FieldNode } from 'graphql';

export class Prefetched {
  private readonly byField = new WeakMap<FieldNode, Map<string, unknown>>();

  set(field: FieldNode, parentId: string, value: unknown): void {
    const byParent = this.byField.get(field) ?? new Map<string, unknown>();
    byParent.set(parentId, value);
    this.byField.set(field, byParent);
  }

  /** What was left for exactly this field (one field node) and parent; undefined otherwise. */
  take<T>(fieldNodes: readonly FieldNode[], parentId: string): T | undefined {
    if (fieldNodes.length !== 1) return undefined;
    return this.byField.get(fieldNodes[0]!)?.get(parentId) as T | undefined;
  }
}
