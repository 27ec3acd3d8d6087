// The cost of one operation, counted with the request's variables and the schema's defaults.
//
// graphql-armor's cost rule runs at validation, before variables are known (Apollo caches
// validation per document), so it multiplies only by *literal* `first` arguments: `first: $n` with
// {"n": 100}, or a list left at its default, counted as one row. This counts the same way (an object
// field costs 2, a scalar 1, children weigh 1.5x per level, a list field multiplies its subtree by
// its page size) but reads each `first`/`last` as graphql-js will execute it: literal, variable or
// the argument's default in the schema. It runs once the operation is resolved (server plugin in
// limits.ts), so a refused request never reaches a resolver.
import {
  getNamedType,
  getVariableValues,
  isCompositeType,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export const COST_WEIGHTS = { objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 } as const;

const PAGE_ARGUMENTS = new Set(['first', 'last']);

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  // The operation's own defaults ($n: Int = 100) apply to variables the request leaves out;
  // values that do not coerce are left to validation and execution to refuse.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  const values = coerced.coerced ?? variables;

  // Fragments may spread each other in a cycle only in invalid documents (validation refuses
  // them), but a spread already on the path is still cut, so a bad document cannot loop here.
  // `factor`: children weigh depthCostFactor times their own cost, the operation's fields 1x (as in armor).
  const selectionCost = (set: SelectionSetNode, parent: GraphQLCompositeType, onPath: Set<string>, factor: number = COST_WEIGHTS.depthCostFactor): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += factor * fieldCost(selection, parent, onPath);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) cost += selectionCost(selection.selectionSet, type, onPath, factor);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !type || !isCompositeType(type) || onPath.has(name)) continue;
        cost += selectionCost(fragment.selectionSet, type, new Set([...onPath, name]), factor);
      }
    }
    return cost;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLCompositeType, onPath: Set<string>): number => {
    if (!node.selectionSet) return COST_WEIGHTS.scalarCost;
    const definition = 'getFields' in parent ? (parent.getFields()[node.name.value] as GraphQLField<unknown, unknown> | undefined) : undefined;
    if (!definition) return COST_WEIGHTS.objectCost;
    const childType = getNamedType(definition.type);
    const children = isCompositeType(childType) ? selectionCost(node.selectionSet, childType, onPath) : 0;
    return (COST_WEIGHTS.objectCost + children) * pageSize(definition, node, values);
  };

  return selectionCost(operation.selectionSet, root, new Set(), 1);
}

/** The page size a list field will be executed with: its `first`/`last` argument, else the schema's default, else 1. */
function pageSize(definition: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): number {
  let size = 1;
  for (const arg of definition.args) {
    if (!PAGE_ARGUMENTS.has(arg.name)) continue;
    const given = node.arguments?.find((a) => a.name.value === arg.name);
    const value = given ? valueFromAST(given.value, arg.type, variables) : arg.defaultValue;
    // A variable left out falls back to the argument's default, as execution does.
    const effective = value === undefined ? arg.defaultValue : value;
    if (typeof effective === 'number' && Number.isFinite(effective)) size = Math.max(size, effective);
  }
  return size;
}
