// bench:api's two HTTP clients of the GraphQL side, shared by the in-process client (bench/api.ts)
// and the client process (bench/api-client.ts). node:http with one keep-alive socket is the default
// because it is as lean as the driver on the Cypher side; undici's fetch adds about 1 ms of client
// work per request on this machine (BENCHMARKS.md), which is the client's cost, not the API's.
import http from 'node:http';

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

/** POSTs a JSON body and resolves to the parsed JSON answer, with the client named. */
export function jsonPoster(client: string): (url: string, body: string) => Promise<unknown> {
  return client === 'fetch' ? postWithFetch : postWithHttp;
}
