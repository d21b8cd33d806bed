// A TCP proxy in front of PostgreSQL that counts the statements passing through it, so a benchmark
// can say "a reader view runs N statements" for whatever client the app uses (Prisma's adapter,
// pg, the limiter) without hooking into any of them: point the app's DATABASE_URL at `counter.url`.
//
// It reads only the frontend (client → server) half of the wire protocol
// (https://www.postgresql.org/docs/current/protocol-message-formats.html): the first message of a
// connection has no type byte (startup packet, SSLRequest, GSSENCRequest, CancelRequest), every
// later one is a type byte + int32 length (which counts itself, not the type byte). A statement is
// a 'Q' (simple query, e.g. BEGIN from a transaction) or an 'E' (Execute of the extended protocol,
// one per prepared-statement run). Bytes are forwarded unchanged; SSL and GSS encryption are
// refused ('N') so that everything after stays readable.
import net from 'node:net';

export type TSqlStatementCounter = {
  /** The target's URL with host and port replaced by the proxy's, and sslmode=disable. */
  url: string;
  /** Statements since the start or the last reset: simple queries + extended-protocol executes. */
  count: () => number;
  /** The SQL of each of those statements, in order (each cut to its first 160 characters). */
  statements: () => string[];
  reset: () => void;
  stop: () => Promise<void>;
};

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const QUERY = 'Q'.charCodeAt(0);
const PARSE = 'P'.charCodeAt(0);
const EXECUTE = 'E'.charCodeAt(0);
const BIND = 'B'.charCodeAt(0);
/** Characters of each statement's SQL kept for `statements()`: enough to tell them apart. */
const SQL_KEPT = 160;

/** The SQL of a Query ('Q': the text) or Parse ('P': a statement name, then the text) body. */
function sqlOf(type: number, body: Buffer): string {
  const from = type === PARSE ? body.indexOf(0) + 1 : 0;
  const to = body.indexOf(0, from);
  return body
    .subarray(from, to < 0 ? body.length : to)
    .toString('utf8')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, SQL_KEPT);
}

/** The NUL-terminated string of `body` that starts at `from`, and where the next one starts. */
function cString(body: Buffer, from: number): { text: string; next: number } {
  const to = body.indexOf(0, from);
  return { text: body.subarray(from, to < 0 ? body.length : to).toString('utf8'), next: to < 0 ? body.length : to + 1 };
}

/**
 * Follows message boundaries across chunks; calls `onStatement` once per counted message with its
 * SQL (an Execute runs what the connection's last Bind named: the unnamed statement of the last
 * Parse, or a named one the connection prepared earlier) and returns the bytes to forward
 * (all of them, less any encryption request it answered itself).
 */
function frontendParser(onStatement: (sql: string) => void, refuseEncryption: () => void) {
  let isStartup = true;
  let startup = Buffer.alloc(0); // held back until the first message is known
  let header = Buffer.alloc(0); // a type byte + length split across chunks
  let skip = 0; // bytes left of the current message
  let captured: { type: number; parts: Buffer[] } | null = null; // the body of a Q, P or B being read
  let prepared = '(a statement prepared earlier)';
  const named = new Map<string, string>(); // this connection's prepared statements ('' the unnamed one)
  const finishCapture = () => {
    if (captured === null || skip > 0) return;
    const body = Buffer.concat(captured.parts);
    if (captured.type === BIND) {
      const statement = cString(body, cString(body, 0).next).text; // after the portal's name
      prepared = named.get(statement) ?? '(a statement prepared earlier)';
    } else {
      const sql = sqlOf(captured.type, body);
      if (captured.type === QUERY) onStatement(sql);
      else named.set(cString(body, 0).text, sql);
    }
    captured = null;
  };
  return (chunk: Buffer): Buffer => {
    if (isStartup) {
      startup = Buffer.concat([startup, chunk]);
      while (isStartup && startup.length >= 8) {
        const length = startup.readInt32BE(0);
        const code = startup.readInt32BE(4);
        if (length === 8 && (code === SSL_REQUEST || code === GSSENC_REQUEST)) {
          refuseEncryption();
          startup = startup.subarray(8);
        } else {
          // The startup packet (or a CancelRequest): skipped whole, typed messages follow.
          isStartup = false;
          skip = length;
        }
      }
      if (isStartup) return Buffer.alloc(0);
      chunk = startup;
      startup = Buffer.alloc(0);
    }
    let at = 0;
    while (at < chunk.length) {
      if (skip > 0) {
        const taken = Math.min(skip, chunk.length - at);
        captured?.parts.push(chunk.subarray(at, at + taken));
        skip -= taken;
        at += taken;
        finishCapture();
        continue;
      }
      const piece = chunk.subarray(at, at + 5 - header.length);
      header = Buffer.concat([header, piece]);
      at += piece.length;
      if (header.length < 5) break;
      const type = header[0]!;
      if (type === EXECUTE) onStatement(prepared);
      skip = header.readInt32BE(1) - 4;
      header = Buffer.alloc(0);
      if (type === QUERY || type === PARSE || type === BIND) {
        captured = { type, parts: [] };
        finishCapture();
      }
    }
    return chunk;
  };
}

/** Starts the proxy on 127.0.0.1 (a free port) in front of the server in `target`. */
export async function startSqlStatementCounter({ target }: { target: string }): Promise<TSqlStatementCounter> {
  const targetUrl = new URL(target);
  const targetHost = targetUrl.hostname || '127.0.0.1';
  const targetPort = Number(targetUrl.port || 5432);
  let statements: string[] = [];
  const sockets = new Set<net.Socket>();

  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, targetHost);
    sockets.add(client).add(upstream);
    const parse = frontendParser(
      (sql) => statements.push(sql),
      () => client.write('N'),
    );
    client.on('data', (chunk) => {
      const forward = parse(chunk);
      if (forward.length > 0) upstream.write(forward);
    });
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;

  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  url.searchParams.set('sslmode', 'disable');
  return {
    url: url.toString(),
    count: () => statements.length,
    statements: () => [...statements],
    reset: () => {
      statements = [];
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
