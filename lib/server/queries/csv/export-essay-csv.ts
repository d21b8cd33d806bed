import 'server-only';
import { AppError } from '@/lib/server/errors';
import { annotationsCsv } from '@/lib/server/queries/csv/annotations-csv';
import { argumentsCsv } from '@/lib/server/queries/csv/arguments-csv';
import { claimsCsv } from '@/lib/server/queries/csv/claims-csv';
import { getCsvAccess, type TCsvAccess } from '@/lib/server/queries/csv/csv-access';
import { toCsv, type TCsvTable } from '@/lib/server/queries/csv/csv-table';
import { votesCsv } from '@/lib/server/queries/csv/votes-csv';

const TABLES: Record<string, (access: TCsvAccess) => Promise<TCsvTable>> = {
  claims: claimsCsv,
  annotations: annotationsCsv,
  arguments: argumentsCsv,
  votes: votesCsv,
};
export const CSV_TABLES = Object.keys(TABLES);

/** One table of an essay as CSV, for the members of its cohort (names: owners only). */
export async function exportEssayCsv(
  viewerId: string | null,
  slug: string,
  table: string,
  wantsNames: boolean,
): Promise<{ filename: string; csv: string }> {
  const build = Object.hasOwn(TABLES, table) ? TABLES[table] : undefined;
  if (!build) throw new AppError('NOT_FOUND', `No such export: the tables are ${CSV_TABLES.join(', ')}.`);
  const access = await getCsvAccess(viewerId, slug, wantsNames);
  const safeSlug = slug.replace(/[^A-Za-z0-9-]+/g, '-');
  return { filename: `${safeSlug}-${table}${wantsNames ? '-with-names' : ''}.csv`, csv: toCsv(await build(access)) };
}
