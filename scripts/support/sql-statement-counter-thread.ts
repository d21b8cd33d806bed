// sql-statement-counter.ts on a thread of its own: a benchmark's main thread is busy being 64
// clients, and a proxy sharing that event loop would delay every statement of the app it counts
// for (and not the floor's, which connects directly). Same API, with the count asked for by message.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { startSqlStatementCounter } from './sql-statement-counter';

export type TSqlStatementCounterThread = {
  url: string;
  count: () => Promise<number>;
  reset: () => Promise<void>;
  stop: () => Promise<void>;
};

type TRequest = 'count' | 'reset' | 'stop';

if (!isMainThread && (workerData as { isStatementCounter?: boolean } | null)?.isStatementCounter) {
  const counter = await startSqlStatementCounter({ target: (workerData as { target: string }).target });
  parentPort!.on('message', async (request: TRequest) => {
    if (request === 'count') parentPort!.postMessage(counter.count());
    if (request === 'reset') parentPort!.postMessage(counter.reset());
    if (request === 'stop') {
      await counter.stop();
      parentPort!.postMessage(null);
      parentPort!.close();
    }
  });
  parentPort!.postMessage(counter.url);
}

/** Starts the counter on a worker thread; resolves once it listens. */
export function startSqlStatementCounterThread(options: { target: string }): Promise<TSqlStatementCounterThread> {
  // A worker does not inherit the tsx loader of `--import tsx`: register it, then load this file.
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const worker = new Worker(bootstrap, { eval: true, workerData: { isStatementCounter: true, target: options.target } });
  const next = <T>() => new Promise<T>((resolve) => worker.once('message', resolve));
  const ask = <T>(request: TRequest) => {
    const answer = next<T>();
    worker.postMessage(request);
    return answer;
  };
  return next<string>().then((url) => ({
    url,
    count: () => ask<number>('count'),
    reset: async () => {
      await ask('reset');
    },
    stop: async () => {
      await ask('stop');
      await worker.terminate();
    },
  }));
}
