// The HTTP server: Apollo Server 5 on express 5 (via @as-integrations/express5), plus the offline
// playground, /health, and the Neo4j Browser's style and guide files.
//
//   const api = await startApiServer({ graph, port: 4000, host: '127.0.0.1', apiKey });
//   console.log(api.url);   // http://127.0.0.1:4000/graphql
//   await api.close();      // stops accepting, drains; the graph stays open (the caller owns it)
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type ErrorRequestHandler, type Request } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { graphCircuit } from '../graph/read/circuit.ts';
import { graphReachable } from '../graph/read/health.ts';
import type { GraphAccess } from '../graph/read/runner.ts';
import { assertSafeExposure, hostChecker, mutationGuard } from './auth.ts';
import { createContext, type ApiContext } from './context.ts';
import { NameCache } from './name-cache.ts';
import { ErrorCode, formatError } from './errors.ts';
import { createExtractRunner } from './extract-runner.ts';
import { armor, costLimit, LIMITS, supportedOperationsOnly } from './limits.ts';
import { PLAYGROUND_CSP, playgroundAssets, playgroundHtml } from './playground.ts';
import { resolvers } from './resolvers/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const SCHEMA_FILE = path.join(ROOT, 'schema.graphql');
const CYPHER_DIR = path.join(ROOT, 'cypher');

export const DEFAULT_BROWSER_ORIGINS = ['http://localhost:7474', 'http://127.0.0.1:7474'];

export interface ApiServerOptions {
  graph: GraphAccess;
  port?: number;
  host?: string;
  /** When set, mutations need `Authorization: Bearer <apiKey>`. */
  apiKey?: string | undefined;
  /** false: a read-only API (mutations answer FORBIDDEN). Default true. */
  mutations?: boolean;
  /** Origins of Neo4j Browsers allowed to fetch /browser/* (default: localhost:7474). */
  browserOrigins?: string[];
  neo4jBrowserUrl?: string;
  maxBodyBytes?: number;
  /** How long a resolved actor name is reused across requests (ms; default 30 s, 0 = per request only). */
  nameCacheMs?: number;
  /** Adds `x-claimgraph-cypher-queries` to responses: how many Cypher queries the request ran. */
  exposeQueryCount?: boolean;
  /** Where unexpected errors are logged (default console.error); clients only get a generic message. */
  logError?: (err: unknown) => void;
  /**
   * Host names (without port) the server answers to besides the defaults: behind a proxy, the
   * public name(s) it is reached by. Default: CLAIMGRAPH_ALLOWED_HOSTS (comma-separated), else none.
   * Bound to loopback, the loopback names are always allowed; see hostChecker (auth.ts).
   */
  allowedHosts?: string[];
  /** `extract(text:)` inputs longer than this (characters) are refused (default LIMITS.maxExtractChars). */
  maxExtractChars?: number;
  /** Extra Apollo plugins (tests use one to inject failures). */
  plugins?: ApolloServerPlugin<ApiContext>[];
}

export interface ApiServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const host = options.host ?? '127.0.0.1';
  const mutations = options.mutations ?? true;
  assertSafeExposure({ host, apiKey: options.apiKey, mutations });
  const logError = options.logError ?? ((err: unknown) => console.error('claimgraph api:', err));
  const maxBodyBytes = options.maxBodyBytes ?? LIMITS.maxBodyBytes;

  const names = new NameCache(options.nameCacheMs ?? 30_000);
  // Requests fail fast (SERVICE_UNAVAILABLE) while Neo4j is away, and pass again once it is back.
  // Reads as auto-commit queries when the graph offers them (a real connection): one round trip
  // per query instead of BEGIN + RUN + COMMIT (connection.ts, readAutoCommit).
  const given = options.graph as GraphAccess & { readAutoCommit?: GraphAccess['read'] };
  const access: GraphAccess = given.readAutoCommit ? { read: (work) => given.readAutoCommit!(work), write: (work) => given.write(work) } : given;
  const graph = graphCircuit(access, { ping: pingOf(options.graph) });
  const extractor = createExtractRunner(options.maxExtractChars ?? LIMITS.maxExtractChars);
  const allowedHost = hostChecker({ host, allowedHosts: options.allowedHosts ?? allowedHostsFromEnv() });
  const app = express();
  app.disable('x-powered-by');
  // First of all: a request for a name this server is not (DNS rebinding) gets nothing else.
  app.use((req, res, next) => {
    if (allowedHost(req.headers.host)) return next();
    res.status(403).json(errorBody(ErrorCode.FORBIDDEN, `this server does not answer to the Host ${JSON.stringify(req.headers.host ?? '')}: add it to CLAIMGRAPH_ALLOWED_HOSTS (or --allowed-hosts) if that is its name`));
  });
  // No ETag: GraphQL answers are POST responses nobody revalidates, and express would hash every
  // response body to make one.
  app.set('etag', false);
  // POST /graphql with a plain JSON body skips express (graphqlFastPath); everything else is express's.
  let fastPath: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const httpServer = http.createServer((req, res) => {
    if (fastPath && takesFastPath(req) && allowedHost(req.headers.host)) fastPath(req, res);
    else app(req, res);
  });
  const protection = armor();
  const typeDefs = await readFile(SCHEMA_FILE, 'utf8');

  const apollo = new ApolloServer<ApiContext>({
    typeDefs,
    resolvers: resolvers as never,
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    introspection: true,
    formatError: (formatted, error) => formatError(formatted, error, logError),
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<ApiContext>[]),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo installs these by default; we send no cache hints and are not a federated subgraph,
      // and the cache-control plugin alone hooks every resolved field of every request.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      supportedOperationsOnly<ApiContext>(),
      costLimit<ApiContext>(LIMITS.maxCost),
      mutationGuard({ apiKey: options.apiKey, mutations }),
      serviceUnavailableStatus(),
      ...(options.exposeQueryCount ? [queryCountHeader()] : []),
      ...(options.plugins ?? []),
    ],
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    const neo4j = !graph.open && (await graphReachable(options.graph));
    res.status(neo4j ? 200 : 503).json({ status: neo4j ? 'ok' : 'unavailable', neo4j: { reachable: neo4j } });
  });

  // The playground, for a browser asking for HTML at / or at the endpoint itself.
  const page = playgroundHtml({ endpoint: '/graphql', neo4jBrowserUrl: options.neo4jBrowserUrl ?? 'http://localhost:7474/browser/' });
  app.get(['/', '/graphql'], (req, res, next) => {
    if (!wantsHtml(req)) return next();
    res.set('Content-Security-Policy', PLAYGROUND_CSP).type('html').send(page);
  });
  app.use('/playground', await playgroundAssets());

  // Files the Neo4j Browser fetches (`:style http://.../browser/claimgraph.grass`, `:play .../guide.html`).
  const browserCors = cors({ origin: options.browserOrigins ?? DEFAULT_BROWSER_ORIGINS, methods: ['GET', 'HEAD'] });
  const BROWSER_FILES: Record<string, [string, string]> = {
    'claimgraph.grass': ['claimgraph.grass', 'text/plain; charset=utf-8'],
    'guide.html': ['browser-guide.html', 'text/html; charset=utf-8'],
  };
  app.options('/browser/:file', browserCors);
  app.get('/browser/:file', browserCors, async (req, res) => {
    const entry = BROWSER_FILES[String(req.params.file)];
    if (!entry) return void res.status(404).json(errorBody(ErrorCode.NOT_FOUND, 'no such file'));
    try {
      res.type(entry[1]).send(await readFile(path.join(CYPHER_DIR, entry[0])));
    } catch {
      res.status(404).json(errorBody(ErrorCode.NOT_FOUND, `${req.params.file} is not available`));
    }
  });

  const context = async () => createContext(graph, extractor, names);
  app.use('/graphql', express.json({ limit: maxBodyBytes }), expressMiddleware(apollo, { context }));
  fastPath = graphqlFastPath(apollo, context, maxBodyBytes, logError);

  app.use((_req, res) => {
    res.status(404).json(errorBody(ErrorCode.NOT_FOUND, 'not found: the GraphQL endpoint is /graphql'));
  });
  app.use(httpErrors(logError));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? 4000, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = httpServer.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}/graphql`,
    port,
    close: async () => {
      await apollo.stop();
      graph.close();
      await extractor.close();
    },
  };
}

/**
 * The common request, `POST /graphql` with a JSON body (no content encoding, UTF-8), answered by
 * Apollo without express: express's router, body parser and `res.send` cost 0.4–0.7 ms a request
 * on the 2-core bench machine, a tenth of a whole page of statements (BENCHMARKS.md, bench:api at a
 * million statements). Everything else (GET, other paths and content types, compressed bodies, a
 * Host the server does not answer to) goes through express as before. The answers are express's:
 * the same body limit (413 PAYLOAD_TOO_LARGE), malformed JSON a 400 BAD_REQUEST, an empty body
 * `{}`, a failure a logged 500; Apollo's own response (status, headers, body) is sent as it is.
 */
const FAST_CONTENT_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

function takesFastPath(req: IncomingMessage): boolean {
  if (req.method !== 'POST') return false;
  const url = req.url ?? '';
  if (url !== '/graphql' && !url.startsWith('/graphql?')) return false;
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  return FAST_CONTENT_TYPE.test(req.headers['content-type'] ?? '');
}

function graphqlFastPath(
  apollo: ApolloServer<ApiContext>,
  context: () => Promise<ApiContext>,
  maxBodyBytes: number,
  logError: (err: unknown) => void,
): (req: IncomingMessage, res: ServerResponse) => void {
  const sendJson = (res: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  };
  const tooLarge = (req: IncomingMessage, res: ServerResponse) => {
    // The rest of the body is read and dropped, so the connection stays usable.
    req.resume();
    sendJson(res, 413, errorBody(ErrorCode.PAYLOAD_TOO_LARGE, 'the request body is too large'));
  };
  const answer = async (req: IncomingMessage, res: ServerResponse, raw: Buffer) => {
    let body: unknown;
    try {
      body = raw.length === 0 ? {} : JSON.parse(raw.toString('utf8'));
    } catch {
      body = undefined;
    }
    // As express.json (strict): only an object or an array is a body.
    if (typeof body !== 'object' || body === null) return sendJson(res, 400, errorBody(ErrorCode.BAD_REQUEST, 'the request body is not valid JSON'));
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: query >= 0 ? url.slice(query) : '', body },
      context,
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
  return (req, res) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBodyBytes) return tooLarge(req, res);
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > maxBodyBytes) {
        refused = true;
        chunks.length = 0;
        return tooLarge(req, res);
      }
      chunks.push(chunk);
    });
    req.on('error', () => res.destroy());
    req.on('end', () => {
      if (refused) return;
      answer(req, res, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).catch((err: unknown) => {
        logError(err);
        if (res.headersSent) return void res.destroy();
        sendJson(res, 500, errorBody(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'));
      });
    });
  };
}

/** A browser navigating (Accept lists text/html), not a GraphQL client sending a GET query. */
function wantsHtml(req: Request): boolean {
  return typeof req.query.query !== 'string' && /\btext\/html\b/.test(req.get('accept') ?? '');
}

function errorBody(code: ErrorCode, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** Body-parser and other HTTP-level failures as GraphQL-shaped JSON, never express's HTML page. */
function httpErrors(logError: (err: unknown) => void): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    const status = Number((err as { status?: unknown }).status ?? (err as { statusCode?: unknown }).statusCode);
    if (status === 413) {
      return void res.status(413).json(errorBody(ErrorCode.PAYLOAD_TOO_LARGE, 'the request body is too large'));
    }
    if (status >= 400 && status < 500) {
      const message = (err as { type?: string }).type === 'entity.parse.failed' ? 'the request body is not valid JSON' : 'bad request';
      return void res.status(status).json(errorBody(ErrorCode.BAD_REQUEST, message));
    }
    logError(err);
    res.status(500).json(errorBody(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'));
  };
}

/** Graph.ping when the graph has one (a real connection), else a read (test doubles, wrappers). */
function pingOf(graph: GraphAccess): () => Promise<void> {
  const withPing = graph as GraphAccess & { ping?: () => Promise<void> };
  if (typeof withPing.ping === 'function') return () => withPing.ping!();
  return async () => {
    await graph.read((tx) => tx.run('RETURN 1'));
  };
}

function allowedHostsFromEnv(): string[] {
  return (process.env.CLAIMGRAPH_ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim()).filter(Boolean);
}

/**
 * A request that failed because Neo4j is unreachable answers HTTP 503 (not 200 with the error
 * inside), so load balancers and clients can retry without reading the body.
 */
function serviceUnavailableStatus(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, errors }) {
          if (response.body.kind !== 'single') return;
          const sent = response.body.singleResult.errors ?? [];
          if (sent.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE) || errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
            response.http.status = 503;
          }
        },
      };
    },
  };
}

function queryCountHeader(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          response.http.headers.set('x-claimgraph-cypher-queries', String(contextValue.queries.queries));
        },
      };
    },
  };
}
