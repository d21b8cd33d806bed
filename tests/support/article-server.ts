// A local web server for the essay-import tests: fixture article pages and the awkward answers
// (redirects, non-HTML, huge, silent) the SSRF guard must deal with. Listens on 127.0.0.1 only.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/articles');
const page = (name: string) => readFileSync(path.join(FIXTURES, name));

export type TArticleServer = { port: number; close: () => Promise<void> };

export async function startArticleServer(): Promise<TArticleServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const port = (server.address() as AddressInfo).port;
    const html = (body: Buffer | string) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    const redirect = (location: string) => response.writeHead(302, { location }).end();
    switch (url.pathname) {
      case '/2026/10/cheap-water/':
        return html(page('op-ed.html'));
      case '/paywalled':
        return html(page('paywall.html'));
      case '/home':
        return html(page('home-page.html'));
      case '/short-link':
        return redirect('/2026/10/cheap-water/');
      case '/loop':
        return redirect(`/loop?n=${Number(url.searchParams.get('n') ?? 0) + 1}`);
      case '/to-loopback':
        return redirect(`http://127.0.0.1:${port}/2026/10/cheap-water/`);
      case '/to-metadata':
        return redirect('http://169.254.169.254/latest/meta-data/');
      case '/data.json':
        return response.writeHead(200, { 'content-type': 'application/json' }).end('{"title":"not a page"}');
      case '/huge': {
        // No Content-Length: the cap must hold while streaming. 64 KB chunks up to 6 MB.
        response.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        const pump = () => {
          while (sent < 6 * 1024 * 1024) {
            sent += chunk.length;
            if (!response.write(chunk)) return void response.once('drain', pump);
          }
          response.end();
        };
        response.on('error', () => undefined);
        return pump();
      }
      case '/silent':
        return; // never answers: the time cap must end the wait
      default:
        return response.writeHead(404, { 'content-type': 'text/html' }).end('<p>Not found</p>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
