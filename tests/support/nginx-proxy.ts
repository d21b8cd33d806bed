// nginx in front of app instances, for tests and benchmarks: the shipped example
// (deploy/nginx/counterpoint.conf) with only its ports changed, run as a foreground process in a
// temporary directory.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const NGINX_CONF = 'deploy/nginx/counterpoint.conf';
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/**
 * The shipped configuration with its ports replaced: the example's two instances (3001, 3002)
 * become `upstreamPorts`, and `listen 80` this machine's `listenPort`. Each replaced text must be
 * there exactly once, so the file and the tests cannot drift apart.
 */
export function renderNginxConf(
  text: string,
  { listenPort, upstreamPorts }: { listenPort: number; upstreamPorts: [number, number] },
): string {
  const replacements: [string, string][] = [
    ['listen 80;', `listen 127.0.0.1:${listenPort};`],
    ['server 127.0.0.1:3001 ', `server 127.0.0.1:${upstreamPorts[0]} `],
    ['server 127.0.0.1:3002 ', `server 127.0.0.1:${upstreamPorts[1]} `],
  ];
  return replacements.reduce((conf, [from, to]) => {
    if (conf.split(from).length !== 2) throw new Error(`${NGINX_CONF} should contain "${from}" exactly once`);
    return conf.replace(from, to);
  }, text);
}

export type TNginx = { baseUrl: string; stop: () => Promise<void> };

/** Starts nginx on 127.0.0.1:`listenPort` with the rendered example; resolves once it answers. */
export async function startNginx(options: { listenPort: number; upstreamPorts: [number, number] }): Promise<TNginx> {
  const dir = mkdtempSync(path.join(tmpdir(), 'counterpoint-nginx-'));
  writeFileSync(path.join(dir, 'counterpoint.conf'), renderNginxConf(readFileSync(NGINX_CONF, 'utf8'), options));
  // The main file a distribution ships, reduced to what a run in a temporary directory needs.
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      'worker_processes 1;',
      'daemon off;',
      `pid ${dir}/nginx.pid;`,
      'error_log stderr warn;',
      'events { worker_connections 1024; }',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${dir}/${kind}_temp;`),
      `  include ${dir}/counterpoint.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  // As root, nginx's workers would run as `nobody`; here they stay the user who started it.
  const userArgs = process.getuid?.() === 0 ? ['-g', 'user root;'] : [];
  const child = spawn(NGINX, ['-p', dir, '-c', `${dir}/nginx.conf`, '-e', 'stderr', ...userArgs], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (errors += chunk));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const baseUrl = `http://127.0.0.1:${options.listenPort}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (hasExited) throw new Error(`nginx exited: ${errors}`);
    try {
      await fetch(`${baseUrl}/signin`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not listen within 10 s: ${errors}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    baseUrl,
    stop: async () => {
      // SIGTERM is nginx's fast stop (SIGQUIT, the graceful one, would wait for open streams).
      if (!hasExited) child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
