// Connection-string helpers shared by the one-shot commands, the adapter and the shadow database.

/** `?schema=` of a Prisma connection string (the namespace Prisma migrates), default "public". */
export function schemaOf(url) {
  try {
    return new URL(url).searchParams.get('schema') || 'public';
  } catch {
    return 'public';
  }
}

/** The same connection string pointing at another database. */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

export const quoteIdent = (name) => `"${String(name).replaceAll('"', '""')}"`;

// pg waits forever for an unreachable host; the native engine gives up after a few seconds.
export const CONNECT_TIMEOUT_MS = 10_000;
