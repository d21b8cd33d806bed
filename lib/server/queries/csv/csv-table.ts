import 'server-only';
import { stringify } from 'csv-stringify/sync';

export type TCsvCell = string | number | boolean | Date | null;
export type TCsvTable = { headers: string[]; rows: TCsvCell[][] };

// A cell a spreadsheet would run as a formula (CSV injection, OWASP) gets a leading apostrophe.
// Only user-written text can start so: ids, hashes, dates and numbers never do.
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180 text: a header row, then one row per record; empty cell for null. */
export function toCsv(table: TCsvTable): string {
  return stringify([table.headers, ...table.rows], {
    cast: {
      boolean: (value) => (value ? 'true' : 'false'),
      date: (value) => value.toISOString(),
      string: (value, context) => (!context.header && FORMULA_START.test(value) ? `'${value}` : value),
    },
  });
}
