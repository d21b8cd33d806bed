// npm run db:migrate: applies committed migrations to DATABASE_URL (npm start does this itself).
import { applyMigrations } from '@/lib/server/db/migrate';
import { refreshStaleNoteHtml } from '@/lib/server/markdown/refresh-stale-note-html';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('db:migrate: set DATABASE_URL to the PostgreSQL to migrate.');
  process.exit(1);
}
const result = await applyMigrations(url);
console.log(`Applied ${result.applied.length} migration(s); ${result.alreadyApplied} were already in place.`);
const notes = await refreshStaleNoteHtml(url);
console.log(
  `Re-rendered ${notes.rendered} note(s) for the current Markdown renderer${notes.skipped ? ' (another instance is at it)' : ''}.`,
);
