// Connections and the embedded database (PGlite behind @electric-sql/pglite-socket), shared by the
// socket server (embedded-postgres.ts) and the app's pool (pool-settings.ts) so they cannot drift.
//
// PGlite is ONE PostgreSQL session. The socket server multiplexes connections onto it message by
// message and keeps them apart only inside a transaction, so two connections running queries at
// the same time interleave their Parse/Bind/Execute and clobber each other's unnamed statement:
// "unnamed prepared statement does not exist", or silently another query's rows
// (electric-sql/pglite issue #1046, still open in pglite-socket 0.2.17). So the app uses ONE
// connection there and queues the rest in its pool. PGlite runs one query at a time anyway, so a
// bigger pool would not be faster, only wrong.
export const EMBEDDED_APP_CONNECTIONS = 1;
/** What the socket server accepts: the app's connection, the launcher's (migrations, seed; closed before the app starts), and a tool such as psql. */
export const EMBEDDED_MAX_CONNECTIONS = 10;
