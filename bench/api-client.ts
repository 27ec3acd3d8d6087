// bench:api's HTTP client in a process of its own (forked by bench/api.ts): a real client is not in
// the server's process, and in the same process its request building, socket reads and JSON parsing
// ran on the server's event loop, between the server's own work (BENCHMARKS.md, "client process").
//
// Protocol (IPC messages): { id, url, body, client: 'http' | 'fetch', answer: boolean } ->
// { id, ms, answer? } | { id, error }. `ms` is the request's wall time measured HERE, from the
// request's start to its parsed JSON body (what the in-process client measured), so the IPC hop
// to the bench's parent is not part of it. `answer: false` leaves the parsed body out of the reply.
import http from 'node:http';

interface Ask {
  id: number;
  url: string;
  body: string;
  client: 'http' | 'fetch';
  answer: boolean;
}

// As in the in-process client: one keep-alive socket, as lean as the driver on the Cypher side.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function postWithHttp(url: string, body: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch (err) {
            reject(new Error(`HTTP ${res.statusCode}: not JSON (${String(err)})`));
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function postWithFetch(url: string, body: string): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return res.json();
}

process.on('message', (message: Ask) => {
  const post = message.client === 'fetch' ? postWithFetch : postWithHttp;
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
