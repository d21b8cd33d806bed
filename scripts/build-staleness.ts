// Decides whether `npm start` must rebuild: no build yet, or a source file newer than it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCE_DIRS = ['app', 'components', 'lib', 'prisma', 'public'];
// proxy.ts and instrumentation.ts sit at the root but are compiled into the build like app/.
const SOURCE_FILES = ['package.json', 'next.config.js', 'postcss.config.mjs', 'tsconfig.json', 'proxy.ts', 'instrumentation.ts'];
const SKIP = new Set(['node_modules', 'generated', 'migrations']);

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(entry)) {
    if (!SKIP.has(child)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

export function isBuildStale(buildIdFile = '.next/BUILD_ID'): boolean {
  if (!existsSync(buildIdFile)) return true;
  const built = statSync(buildIdFile).mtimeMs;
  return [...SOURCE_DIRS, ...SOURCE_FILES].some((entry) => newestMtime(entry) > built);
}
