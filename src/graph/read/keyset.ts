// Keyset pagination: a page starts strictly after the sort key of the previous page's last row,
// not at an offset. Rows inserted or deleted before that point (an import, a deletion between
// two page reads) cannot shift the next page: no row comes twice, none is skipped.
//
// An ordering is a list of sort keys, the last of them a unique id. Nulls sort last in every
// direction (undated statements after dated ones, newest or oldest first), so "after" has to treat
// null as the greatest value whatever the direction.
//
//   orderByClause(keys)               "s.effectiveDate IS NULL, s.effectiveDate DESC, s.id"
//   afterCondition(keys, values, p)   the WHERE condition for rows after `values`, and its parameters
//   keyReturn(keys)                   "[s.effectiveDate, s.id]": what a query returns for a row's cursor

export interface SortKey {
  /** The Cypher expression (a property of the bound variable). */
  expr: string;
  desc?: boolean;
  /** The key's values never include null (ids, positions): no IS NULL handling needed. */
  notNull?: boolean;
  /** How a parameter is turned into a comparable value (dates travel as 'YYYY-MM-DD' strings). */
  param?: (name: string) => string;
}

/** A page of an ordered list: at most `limit` rows after the row whose sort key is `after`. */
export type KeyValue = string | number | boolean | null;

export function orderByClause(keys: readonly SortKey[]): string {
  return keys
    .flatMap((k) => [...(k.notNull ? [] : [`${k.expr} IS NULL`]), `${k.expr}${k.desc ? ' DESC' : ''}`])
    .join(', ');
}

export function keyReturn(keys: readonly SortKey[]): string {
  return `[${keys.map((k) => k.expr).join(', ')}]`;
}

/**
 * Rows strictly after `values` in the order of `keys`: the lexicographic "greater than" spelled
 * out key by key, `(k1 beyond v1) OR (k1 = v1 AND k2 beyond v2) OR ...`, with null as the greatest
 * value (nothing is beyond a null key but the following keys).
 */
export function afterCondition(
  keys: readonly SortKey[],
  values: readonly KeyValue[],
  prefix = 'after',
): { where: string; params: Record<string, unknown> } {
  if (values.length !== keys.length) throw new Error(`a cursor of this list has ${keys.length} key values, not ${values.length}`);
  const params: Record<string, unknown> = {};
  const ref = (i: number) => {
    const name = `${prefix}${i}`;
    params[name] = values[i];
    return keys[i]!.param ? keys[i]!.param!(`$${name}`) : `$${name}`;
  };
  const equal = (i: number) => (values[i] === null ? `${keys[i]!.expr} IS NULL` : `${keys[i]!.expr} = ${ref(i)}`);
  const beyond = (i: number): string | null => {
    if (values[i] === null) return null;
    const k = keys[i]!;
    const strictly = `${k.expr} ${k.desc ? '<' : '>'} ${ref(i)}`;
    return k.notNull ? strictly : `(${strictly} OR ${k.expr} IS NULL)`;
  };
  const terms: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const b = beyond(i);
    if (b === null) continue;
    terms.push([...Array.from({ length: i }, (_, j) => equal(j)), b].join(' AND '));
  }
  return { where: terms.length > 0 ? `(${terms.map((t) => `(${t})`).join(' OR ')})` : 'false', params };
}
