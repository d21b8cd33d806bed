#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which the Prisma 7 CLI downloads from a host
// this project's machines cannot reach. prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here; the
// CLI then spawns this file exactly as it would spawn the binary:
//   schema-engine --version
//   schema-engine --datasource '{"url":…}' cli can-connect-to-database|create-database|drop-database
//   schema-engine [--datamodels schema.prisma]… [--datasource '{"url":…,"shadowDatabaseUrl":…}']
//     → JSON-RPC server on stdin/stdout (rpc.mjs), backed by @prisma/schema-engine-wasm.
// PostgreSQL only. Pinned to prisma 7.10.1 / schema-engine-wasm 8.1.0-2.59be4fda…: re-verify on upgrade.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { logLine, runCliCommand } from './cli-commands.mjs';

// Node prints warnings (e.g. pg's sslmode notice) as plain text on stderr, but the CLI parses the
// engine's stderr as JSON log lines: re-emit them in that shape instead.
process.removeAllListeners('warning');
process.on('warning', (warning) => logLine('WARN', String(warning?.message ?? warning)));

function parseArgs(argv) {
  const options = { datamodels: [], datasource: {}, command: null, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--version' || arg === '-V') options.version = true;
    else if (arg === '--datamodels') options.datamodels.push(argv[++i]);
    else if (arg === '--datasource') options.datasource = JSON.parse(argv[++i]);
    // Preview features and extension types do not apply to this PostgreSQL-only stand-in.
    else if (arg === '--enabled-preview-features' || arg === '--extension-types') i++;
    else if (arg === 'cli') options.command = argv[++i];
    else throw new Error(`Unknown argument: ${arg}`);
  }
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.version) {
    const wasmEntry = fileURLToPath(import.meta.resolve('@prisma/schema-engine-wasm'));
    const wasmPackage = path.join(path.dirname(wasmEntry), 'package.json');
    const { version } = JSON.parse(readFileSync(wasmPackage, 'utf8'));
    console.log(`schema-engine-cli ${version.split('.').pop()} (Wasm stand-in ${version})`);
    return;
  }
  if (options.command) {
    process.exitCode = await runCliCommand(options.command, options.datasource.url ?? '');
    return;
  }
  const { serve } = await import('./rpc.mjs');
  const datamodels = options.datamodels.map((file) => [file, readFileSync(path.resolve(file), 'utf8')]);
  serve({ datamodels, datasource: options.datasource });
}

main().catch((error) => {
  logLine('ERROR', String(error?.stack ?? error));
  process.exit(1);
});
