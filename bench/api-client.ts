// bench:api's HTTP client in a process of its own (forked by bench/api.ts): a real client is not in
// the server's process, and in the same process its request building, socket reads and JSON parsing
// ran on the server's event loop, between the server's own work (BENCHMARKS.md, "client process").
//
// Protocol (IPC messages): { id, url, body, client: 'http' | 'fetch', answer: boolean } ->
// { id, ms, answer? } | { id, error }. `ms` is the request's wall time measured HERE, from the
// request's start to its parsed JSON body (what the in-process client measured), so the IPC hop
// to the bench's parent is not part of it. `answer: false` leaves the parsed body out of the reply.
import { jsonPoster } from './api-post.ts';

interface Ask {
  id: number;
  url: string;
  body: string;
  client: 'http' | 'fetch';
  answer: boolean;
}

process.on('message', (message: Ask) => {
  const post = jsonPoster(message.client);
  const t0 = performance.now();
  post(message.url, message.body).then(
    (answer) => {
      const ms = performance.now() - t0;
      process.send!(message.answer ? { id: message.id, ms, answer } : { id: message.id, ms });
    },
    (err: unknown) => process.send!({ id: message.id, error: err instanceof Error ? err.message : String(err) }),
  );
});
// The parent going away ends this process (its IPC channel closes).
process.on('disconnect', () => process.exit(0));
