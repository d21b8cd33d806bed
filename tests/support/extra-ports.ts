// Ports for the extra servers a test or benchmark starts itself (app instances, nginx).
import { createServer } from 'node:net';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * `count` ports: from COUNTERPOINT_TEST_EXTRA_PORTS ("3211-3219") where several runs share a
 * machine and each has its own range, else ports the operating system says are free now.
 */
export async function extraPorts(count: number): Promise<number[]> {
  const range = /^(\d+)-(\d+)$/.exec(process.env.COUNTERPOINT_TEST_EXTRA_PORTS?.trim() ?? '');
  if (range) {
    const [first, last] = [Number(range[1]), Number(range[2])];
    if (last - first + 1 < count) throw new Error(`COUNTERPOINT_TEST_EXTRA_PORTS has ${last - first + 1} ports; ${count} are needed`);
    return Array.from({ length: count }, (_, i) => first + i);
  }
  const ports: number[] = [];
  while (ports.length < count) {
    const port = await freePort();
    if (!ports.includes(port)) ports.push(port);
  }
  return ports;
}
