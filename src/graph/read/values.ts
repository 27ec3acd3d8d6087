// Driver values to plain JavaScript: Integer -> number, Date -> 'YYYY-MM-DD', DateTime -> ISO string.
// Counts and offsets in this graph stay far below 2^53, so numbers are exact.
import neo4j from 'neo4j-driver';

// Lists and plain maps are converted in place: they are the driver's fresh objects, owned by the
// caller, so copying them would only make garbage (a page of statements is thousands of values).
// The driver's own types (nodes, paths, durations: some frozen) become plain copies.
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return String(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key of Object.keys(map)) map[key] = toPlain(map[key]);
    return map;
  }
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) copy[key] = toPlain(v);
  return copy;
}

/** A whole-number parameter (SKIP/LIMIT must be integers, and JS numbers go over Bolt as floats). */
export function int(value: number): unknown {
  return neo4j.int(value);
}
