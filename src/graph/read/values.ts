// Driver values to plain JavaScript: Integer -> number, Date -> 'YYYY-MM-DD', DateTime -> ISO string.
// Counts and offsets in this graph stay far below 2^53, so numbers are exact.
import neo4j from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return String(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) out[key] = toPlain(v);
    return out;
  }
  return value;
}

/** A whole-number parameter (SKIP/LIMIT must be integers, and JS numbers go over Bolt as floats). */
export function int(value: number): unknown {
  return neo4j.int(value);
}
