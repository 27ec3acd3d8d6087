// neo4j.conf for a local instance: loopback only, modest memory, no phoning home.
//
// Exports
//   renderNeo4jConf(layout, options) -> string   pure, unit-tested
//   writeNeo4jConf(layout, options)              writes conf/neo4j.conf (rewritten on every start)
import { mkdir, writeFile } from 'node:fs/promises';
import type { InstanceLayout, LocalNeo4jOptions } from './layout.ts';

export const DEFAULT_HEAP_MAX = '1g';
export const DEFAULT_PAGE_CACHE = '512m';

/** One `key=value` per line; neo4j.conf has no quoting, so a newline in a value would inject a setting. */
function confLine(key: string, value: string): string {
  if (!/^[A-Za-z0-9_.]+$/u.test(key)) throw new Error(`invalid neo4j.conf key '${key}'`);
  if (/[\r\n]/u.test(value)) throw new Error(`neo4j.conf value for '${key}' must be one line`);
  return `${key}=${value}`;
}

export function renderNeo4jConf(layout: InstanceLayout, options: LocalNeo4jOptions = {}): string {
  const settings: [string, string][] = [
    // Loopback only: the local instance is a developer's database, never reachable from the network.
    ['server.default_listen_address', '127.0.0.1'],
    ['server.default_advertised_address', 'localhost'],
    ['server.bolt.enabled', 'true'],
    ['server.bolt.listen_address', `127.0.0.1:${layout.ports.bolt}`],
    // The Browser connects to the advertised Bolt address: it must be the port we really listen on.
    ['server.bolt.advertised_address', `localhost:${layout.ports.bolt}`],
    ['server.http.enabled', 'true'],
    ['server.http.listen_address', `127.0.0.1:${layout.ports.http}`],
    ['server.http.advertised_address', `localhost:${layout.ports.http}`],
    ['server.https.enabled', 'false'],
    ['dbms.security.auth_enabled', 'true'],
    ['dbms.usage_report.enabled', 'false'],
    // Neo4j Browser reports usage to outside hosts unless the server tells it not to.
    ['client.allow_telemetry', 'false'],
    ['server.directories.data', layout.dataDir],
    ['server.directories.logs', layout.logsDir],
    ['server.directories.run', layout.runDir],
    ['server.directories.plugins', layout.pluginsDir],
    ['server.directories.lib', layout.libDir],
    // A 2-core machine shared with the API and tests: a small, fixed footprint.
    ['server.memory.heap.initial_size', '256m'],
    ['server.memory.heap.max_size', options.heapMax ?? DEFAULT_HEAP_MAX],
    ['server.memory.pagecache.size', options.pageCache ?? DEFAULT_PAGE_CACHE],
    ['db.tx_log.rotation.retention_policy', '2 days 1G'],
  ];
  if (options.apiOrigin) {
    const origin = new URL(options.apiOrigin);
    // Neo4j Browser applies claimgraph's style and opens its guide after connecting; it only
    // fetches remote content from allow-listed hosts. Neo4j 5.26 still names the setting
    // `..._whitelist` (an `..._allowlist` key fails strict config validation and the server does not
    // start), and the Browser compares the URL's host NAME, without the port, to the list.
    settings.push(
      ['browser.post_connect_cmd', `style ${origin.origin}/browser/claimgraph.grass; play ${origin.origin}/browser/guide.html`],
      ['browser.remote_content_hostname_whitelist', origin.hostname],
    );
  }
  for (const [key, value] of Object.entries(options.extraConf ?? {})) settings.push([key, value]);

  // Later lines win in neo4j.conf, but duplicates confuse readers: keep the last value of each key.
  const merged = new Map<string, string>();
  for (const [key, value] of settings) {
    merged.delete(key);
    merged.set(key, value);
  }
  const lines = ['# Written by claimgraph (src/neo4j/conf.ts) on every start; edit extraConf, not this file.'];
  for (const [key, value] of merged) lines.push(confLine(key, value));
  return `${lines.join('\n')}\n`;
}

export async function writeNeo4jConf(layout: InstanceLayout, options: LocalNeo4jOptions = {}): Promise<void> {
  await mkdir(layout.confDir, { recursive: true });
  await writeFile(layout.confFile, renderNeo4jConf(layout, options), 'utf8');
}
