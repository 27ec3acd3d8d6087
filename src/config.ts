// Connection settings come from the environment only; nothing secret is defaulted in source.
//
// Exports
//   Neo4jSettings            what the user configured (URI unset = use the local instance)
//   neo4jSettingsFromEnv()   read NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE
//   ConnectionSettings       a resolved connection (URI and password known), what connect() takes
//   LocalNeo4jPorts / localPortsFromEnv()  ports of the local instance (NEO4J_BOLT_PORT, NEO4J_HTTP_PORT)
//   apiOriginFromEnv()       where the API server (and the Browser's style/guide files) lives
export interface Neo4jSettings {
  /** Set when the user brings their own Neo4j (server, cluster, Aura); the local instance is then never started. */
  uri: string | undefined;
  user: string;
  password: string | undefined;
  database: string | undefined;
}

/** A connection ready to be opened: what `connect()` in src/graph/connection.ts takes. */
export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  /** undefined = the server's default database */
  database?: string | undefined;
}

export function neo4jSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jSettings {
  return {
    uri: env.NEO4J_URI || undefined,
    user: env.NEO4J_USER || 'neo4j',
    password: env.NEO4J_PASSWORD || undefined,
    database: env.NEO4J_DATABASE || undefined,
  };
}

export interface LocalNeo4jPorts {
  bolt: number;
  http: number;
}

export const DEFAULT_LOCAL_PORTS: LocalNeo4jPorts = { bolt: 7687, http: 7474 };

function portFrom(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name} must be a port number between 1 and 65535, got '${value}'`);
  }
  return port;
}

/** Ports of the local instance; the defaults are Neo4j's own so the Browser finds Bolt where it expects. */
export function localPortsFromEnv(env: NodeJS.ProcessEnv = process.env): LocalNeo4jPorts {
  return {
    bolt: portFrom(env.NEO4J_BOLT_PORT, 'NEO4J_BOLT_PORT', DEFAULT_LOCAL_PORTS.bolt),
    http: portFrom(env.NEO4J_HTTP_PORT, 'NEO4J_HTTP_PORT', DEFAULT_LOCAL_PORTS.http),
  };
}

/** Origin of the GraphQL API, which also serves the Browser's style sheet and guide. */
export function apiOriginFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.CLAIMGRAPH_API_ORIGIN || `http://localhost:${env.PORT || '4000'}`;
}
