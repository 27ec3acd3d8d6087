// What a client selected under the field being resolved, so a resolver computes only what will be
// read (a total, one half of a search, the neighbours of listed statements). Fragments are
// expanded; a field under @skip/@include counts as selected: computing a little too much is safe,
// too little is not.
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

type Info = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** The fields of selection sets, fragments expanded. */
function fieldsOf(info: Info, sets: readonly (SelectionSetNode | undefined)[]): FieldNode[] {
  const fields: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const set of sets) visit(set);
  return fields;
}

/**
 * Names of the fields selected under the resolved field, or under `path` below it (every alias of
 * each step counts): `selectedFields(info, 'edges', 'node')` for the nodes of a connection.
 */
export function selectedFields(info: Info, ...path: string[]): Set<string> {
  return selectedFieldsOf(info, info.fieldNodes, ...path);
}

/** `selectedFields` under other field nodes (a child field the resolver looks ahead at). */
export function selectedFieldsOf(info: Info, nodes: readonly FieldNode[], ...path: string[]): Set<string> {
  let sets = nodes.map((node) => node.selectionSet);
  for (const step of path) {
    sets = fieldsOf(info, sets)
      .filter((field) => field.name.value === step)
      .map((field) => field.selectionSet);
  }
  return new Set(fieldsOf(info, sets).map((field) => field.name.value));
}

/** The field nodes selected directly under the resolved field with this name (aliases included). */
export function childFields(info: Info, name: string): FieldNode[] {
  return fieldsOf(
    info,
    info.fieldNodes.map((node) => node.selectionSet),
  ).filter((field) => field.name.value === name);
}
