// Limits on what one request may ask, tuned so that every legitimate question (a page of 100
// statements with speaker, about, article and evidence; an actor's network two hops out) passes
// and a hostile one (deep nesting, alias floods, huge documents) is refused before it executes.
import { ApolloArmor } from '@escape.tech/graphql-armor';

export const LIMITS = {
  maxDepth: 10,
  // graphql-armor multiplies by literal `first` arguments: 100 statements with their speaker, about,
  // article and evidence cost ~5,000; a network of 20 relations with 20 statements each ~20,000.
  maxCost: 25_000,
  maxAliases: 15,
  maxDirectives: 30,
  maxTokens: 3_000,
  /** Request bodies above this are refused with 413 before parsing. */
  maxBodyBytes: 2 * 1024 * 1024,
} as const;

export function armor(overrides: Partial<typeof LIMITS> = {}) {
  const limits = { ...LIMITS, ...overrides };
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // Tokens are limited by graphql-js's own parser (parseOptions in server.ts): its error is a
    // syntax error, answered 400; armor's plugin version surfaces as a 500.
    maxTokens: { enabled: false },
    // The schema is public (introspection is on for the playground): suggestions reveal nothing.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}
