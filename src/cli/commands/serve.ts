// `claimgraph serve [--port 4000] [--host 127.0.0.1]`: the GraphQL API (and its offline playground)
// over the configured Neo4j (NEO4J_URI) or the local instance, started when needed.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('a port is a whole number 0-65535');
  return n;
}

export interface ServeOptions {
  port: number;
  host: string;
  readOnly?: boolean;
  browserOrigin?: string[];
  allowedHosts?: string[];
  /** `npm start`: import the sample articles (idempotent) before serving. */
  samples?: boolean;
}

export function addServeOptions(command: Command): Command {
  return command
    .option('--port <port>', 'port to listen on', port, Number(process.env.PORT) || 4000)
    .option('--host <host>', 'address to listen on (non-loopback needs CLAIMGRAPH_API_KEY or --read-only)', '127.0.0.1')
    .option('--read-only', 'refuse every mutation')
    .option('--browser-origin <origin...>', 'extra Neo4j Browser origins allowed to fetch /browser/* (CORS)')
    .option('--allowed-hosts <names...>', 'Host names the API answers to besides loopback ones, e.g. behind a proxy (default: CLAIMGRAPH_ALLOWED_HOSTS)');
}

/** Neo4j (local or NEO4J_URI) -> schema -> optional samples -> API, until SIGINT/SIGTERM. */
export async function serveUntilStopped(opts: ServeOptions): Promise<void> {
  const { ensureNeo4j } = await import('../../neo4j/ensure.ts');
  const { connect } = await import('../../graph/connection.ts');
  const { applySchema } = await import('../../graph/schema.ts');
  const { startApiServer, DEFAULT_BROWSER_ORIGINS } = await import('../../api/server.ts');
  const { assertSafeExposure } = await import('../../api/auth.ts');
  const apiKey = process.env.CLAIMGRAPH_API_KEY || undefined;
  // Checked before starting anything: an unsafe configuration should not even start Neo4j.
  assertSafeExposure({ host: opts.host, apiKey, mutations: !opts.readOnly });

  const settings = await ensureNeo4j(process.env, { log: (line) => console.error(line) });
  const graph = connect(settings);
  try {
    // The full-text indexes behind name look-ups and search must exist (idempotent).
    await applySchema(graph);
    if (opts.samples) {
      const { importSamples } = await import('../../import/samples.ts');
      const s = await importSamples(graph);
      console.log(`Samples:     ${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged article(s)`);
    }
    const api = await startApiServer({
      graph,
      port: opts.port,
      host: opts.host,
      apiKey,
      mutations: !opts.readOnly,
      browserOrigins: [...DEFAULT_BROWSER_ORIGINS, ...(opts.browserOrigin ?? [])],
      neo4jBrowserUrl: settings.browserUrl ?? 'http://localhost:7474/browser/',
      ...(opts.allowedHosts ? { allowedHosts: opts.allowedHosts } : {}),
    });
    console.log(`GraphQL API: ${api.url}`);
    console.log(`Playground:  ${api.url.replace(/\/graphql$/, '/')}`);
    if (settings.local) {
      console.log(`Neo4j Browser: ${settings.browserUrl} (connect to ${settings.uri} as ${settings.user} / ${settings.password})`);
    }
    console.log(`Mutations:   ${opts.readOnly ? 'disabled (--read-only)' : apiKey ? 'need Authorization: Bearer $CLAIMGRAPH_API_KEY' : 'open (loopback only)'}`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    console.error('Stopping the API...');
    await api.close();
  } finally {
    await graph.close();
  }
}

export function register(program: Command): void {
  addServeOptions(
    program.command('serve').description('serve the GraphQL API and its playground (mutations need CLAIMGRAPH_API_KEY when set)'),
  ).action((opts: ServeOptions) => serveUntilStopped(opts));
}
