// Option parsers shared by the commands (commander calls them with the raw value).
import { InvalidArgumentError } from 'commander';

/** A calendar day YYYY-MM-DD that exists (2026-02-30 does not). */
export function isoDay(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.getUTCDate() !== Number(m[3])) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return value;
}
