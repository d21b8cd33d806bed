import 'server-only';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, request } from 'undici';
import { isAddressAllowed, parseAllowList, type TAllowList } from '@/lib/domain/net/address-policy';
import { ARTICLE_FETCH_TIMEOUT_MS, MAX_ARTICLE_PAGE_BYTES, MAX_ARTICLE_REDIRECTS } from '@/lib/schemas/essay-import-limits';
import { AppError } from '@/lib/server/errors';
import { errorFields, log } from '@/lib/server/log';

/** The limits of one article fetch; the defaults are what the app uses, tests shrink them. */
export type TFetchLimits = { maxBytes: number; timeoutMs: number; maxRedirects: number };

export const ARTICLE_FETCH_LIMITS: TFetchLimits = {
  maxBytes: MAX_ARTICLE_PAGE_BYTES,
  timeoutMs: ARTICLE_FETCH_TIMEOUT_MS,
  maxRedirects: MAX_ARTICLE_REDIRECTS,
};

/** What came back: the page's bytes (decoded later, by the HTML parser, with `contentType`'s charset). */
export type TFetchedPage = { url: string; bytes: Buffer; contentType: string };

const BLOCKED = 'ECOUNTERPOINT_BLOCKED_ADDRESS';
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Fetches a web page for the essay import without letting the address reach into the server's
 * own network (SSRF). SECURITY:
 * - only http and https, no user:password in the address;
 * - every host name is resolved here and the connection goes to the address that was checked
 *   (a custom `lookup` on the socket, so no second resolution can answer differently: no DNS
 *   rebinding); addresses must be public unicast (`isAddressAllowed`) unless the operator's
 *   allow-list, `COUNTERPOINT_IMPORT_ALLOW_HOSTS`, names the host or address;
 * - redirects are followed by hand, each hop checked the same way, at most `maxRedirects`;
 * - one clock for everything (`timeoutMs`), and the body is streamed and abandoned at the first
 *   byte over `maxBytes`;
 * - only HTML answers are read.
 * Every refusal is an AppError(BAD_REQUEST) that says what was wrong.
 */
export async function fetchArticlePage(address: string, limits: TFetchLimits = ARTICLE_FETCH_LIMITS): Promise<TFetchedPage> {
  const allow = parseAllowList(process.env.COUNTERPOINT_IMPORT_ALLOW_HOSTS);
  const agent = new Agent({ connect: { lookup: guardedLookup(allow), timeout: limits.timeoutMs }, keepAliveTimeout: 1 });
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    // People paste "example.com/essay" as often as the full address; https is what they mean.
    const typed = address.trim();
    let url = checkUrl(/^[a-z][a-z0-9+.-]*:/i.test(typed) ? typed : `https://${typed}`, allow);
    for (let hop = 0; ; hop += 1) {
      const response = await request(url, {
        dispatcher: agent,
        method: 'GET',
        signal,
        headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', 'user-agent': 'CounterpointEssayImport/1.0' },
        headersTimeout: limits.timeoutMs,
        bodyTimeout: limits.timeoutMs,
      });
      const location = response.headers.location;
      if (response.statusCode >= 300 && response.statusCode < 400 && location !== undefined) {
        await response.body.dump().catch(() => undefined);
        if (hop >= limits.maxRedirects) {
          throw refusal(`The address redirected more than ${limits.maxRedirects} times; give the article's final address.`);
        }
        url = checkUrl(new URL(String(location), url).href, allow);
        continue;
      }
      if (response.statusCode < 200 || response.statusCode >= 300) {
        await response.body.dump().catch(() => undefined);
        throw refusal(`The site answered HTTP ${response.statusCode} for that address, so there is no article to import.`);
      }
      const contentType = String(response.headers['content-type'] ?? '');
      if (!HTML_TYPES.has(contentType.split(';')[0]!.trim().toLowerCase())) {
        await response.body.dump().catch(() => undefined);
        throw refusal(
          `That address is not a web page (it sent ${contentType === '' ? 'no content type' : `"${contentType.split(';')[0]}"`}, not HTML). ` +
            'Give the address of the article itself, or upload the file.',
        );
      }
      return { url: url.href, bytes: await readCapped(response.body, response.headers['content-length'], limits.maxBytes), contentType };
    }
  } catch (error) {
    throw explain(error, limits);
  } finally {
    void agent.destroy().catch(() => undefined);
  }
}

function checkUrl(address: string, allow: TAllowList): URL {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw refusal('That is not a web address. Give the full address, starting with https://.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refusal('Only http:// and https:// addresses can be imported.');
  if (url.username !== '' || url.password !== '') throw refusal('Addresses with a user name or password cannot be imported.');
  // Connections to an address literal never call `lookup`, so a literal is checked here.
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(literal) !== 0 && !isAddressAllowed(literal, literal, allow)) throw blockedAddress(url.hostname);
  return url;
}

/** The socket's own DNS lookup, refusing names whose addresses are not allowed and pinning the rest. */
function guardedLookup(allow: TAllowList): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const allowed = addresses.filter((entry) => isAddressAllowed(entry.address, hostname, allow));
      if (allowed.length === 0) {
        const blocked = Object.assign(new Error(`${hostname} resolves to a blocked address`), { code: BLOCKED, hostname });
        return callback(blocked, '', 0);
      }
      // Node asks for every address when it races IPv4 and IPv6 (autoSelectFamily), else for one.
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
      callback(null, allowed[0]!.address, allowed[0]!.family);
    });
  };
}

async function readCapped(body: AsyncIterable<Buffer>, declared: string | string[] | undefined, maxBytes: number): Promise<Buffer> {
  if (declared !== undefined && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    // Leaving the loop destroys the stream: the rest is never downloaded.
    if (total > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function explain(error: unknown, limits: TFetchLimits): AppError {
  if (error instanceof AppError) return error;
  const err = error as { name?: string; code?: string; hostname?: string; cause?: { code?: string; hostname?: string; name?: string } };
  const code = err.code ?? err.cause?.code;
  if (code === BLOCKED) return blockedAddress(err.hostname ?? err.cause?.hostname ?? 'That host');
  if (
    err.name === 'TimeoutError' ||
    err.cause?.name === 'TimeoutError' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT' ||
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    err.name === 'AbortError'
  ) {
    return refusal(
      `The site did not send the page within ${limits.timeoutMs / 1000} seconds, so the import stopped. Try again later, or upload the file.`,
    );
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return refusal('No site answers at that address (its name could not be found). Check the address.');
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
    return refusal('The site at that address could not be reached. Check the address, or upload the file instead.');
  }
  if (typeof code === 'string' && (code.startsWith('ERR_TLS') || code.includes('CERT'))) {
    return refusal('The site’s secure connection could not be verified (a certificate problem), so nothing was fetched.');
  }
  if (typeof code === 'string' && (code.startsWith('ERR_SSL') || code === 'EPROTO')) {
    return refusal('No secure (https) connection could be made to that site. If its address starts with http://, give it in full.');
  }
  // Not one of the failures above: worth a look, though the person gets a plain refusal.
  log().warn(
    { event: 'essay-import.fetch-failed', error: errorFields(error, { withStack: true }) },
    'an article fetch failed in an unexpected way',
  );
  return refusal('The page could not be fetched. Check the address, or upload the file instead.');
}

function refusal(message: string): AppError {
  return new AppError('BAD_REQUEST', message);
}

function blockedAddress(hostname: string): AppError {
  return refusal(
    `${hostname} is a private or reserved network address, which the server does not fetch from. ` +
      'Give the address of a public web page (or ask the operator to allow this host).',
  );
}

function tooLarge(maxBytes: number): AppError {
  return refusal(`That page is larger than ${formatBytes(maxBytes)}, too large to be one article. Upload the article as a file instead.`);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
