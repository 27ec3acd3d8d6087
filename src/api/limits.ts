// Limits on what one request may ask, tuned so that every legitimate question (a page of 100
// statements with speaker, about, article and evidence; an actor's network two hops out) passes
// and a hostile one (deep nesting, alias floods, huge documents, costly pages) is refused before it
// executes. A refusal names the limit, its value and how far the request went over it.
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { operationCost } from './cost.ts';
import { apiError, ErrorCode, limitError } from './errors.ts';

export const LIMITS = {
  maxDepth: 10,
  // Page sizes multiply (literal, variable or default `first`, src/api/cost.ts): 100 statements with
  // their speaker, about, article and evidence cost ~5,000; a network of 20 relations with 20
  // statements each ~20,000.
  maxCost: 25_000,
  maxAliases: 15,
  maxDirectives: 30,
  maxTokens: 3_000,
  /** Request bodies above this are refused with 413 before parsing. */
  maxBodyBytes: 2 * 1024 * 1024,
  /**
   * `extract(text:)` longer than this (characters) is refused: extraction is CPU work of the server,
   * run off the event loop (extract-runner.ts), and a long text is an import's job, not a dry run's.
   */
  maxExtractChars: 200_000,
} as const;

export function armor(overrides: Partial<typeof LIMITS> = {}) {
  const limits = { ...LIMITS, ...overrides };
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    // Cost needs the variables: counted by costLimit() below, after the operation is resolved.
    costLimit: { enabled: false },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // Tokens are limited by graphql-js's own parser (parseOptions in server.ts): its error is a
    // syntax error, answered 400; armor's plugin version surfaces as a 500.
    maxTokens: { enabled: false },
    // The schema is public (introspection is on for the playground): suggestions reveal nothing.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

/** Refuses an operation whose cost, with its variables and the schema's defaults, is over maxCost. */
export function costLimit<T extends object>(maxCost: number = LIMITS.maxCost): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation || isIntrospectionOnly(operation)) return;
          const cost = operationCost(schema, document, operation, request.variables ?? {});
          if (cost > maxCost) throw limitError('maxCost', maxCost, cost);
        },
      };
    },
  };
}

/** The playground's schema fetch: only __schema/__type at the top, which costs nothing to answer. */
function isIntrospectionOnly(operation: { selectionSet: { selections: readonly { kind: string; name?: { value: string } }[] } }): boolean {
  return operation.selectionSet.selections.every((s) => s.kind === 'Field' && (s.name?.value === '__schema' || s.name?.value === '__type' || s.name?.value === '__typename'));
}

/**
 * Only queries and mutations are served (no websocket transport, no Subscription type): anything
 * else is the client's mistake, answered 400 with a message, never an internal error with a stack.
 */
export function supportedOperationsOnly<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation && operation.operation !== 'query' && operation.operation !== 'mutation') {
            throw apiError(ErrorCode.OPERATION_NOT_SUPPORTED, `${operation.operation} operations are not supported: this API serves queries and mutations over HTTP`);
          }
        },
      };
    },
  };
}
