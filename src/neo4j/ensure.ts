// Which Neo4j to use: the user's own (NEO4J_URI set: never start anything) or the local instance.
//
// Exports
//   ensureNeo4j(env?, options?) -> ResolvedNeo4j   { uri, user, password, database, local }
//   localOptionsFromEnv(env)                       home, ports, password and API origin for the local instance
import { apiOriginFromEnv, localPortsFromEnv, neo4jSettingsFromEnv, type ConnectionSettings } from '../config.ts';
import type { LocalNeo4jOptions } from './layout.ts';

export interface ResolvedNeo4j extends ConnectionSettings {
  database: string | undefined;
  /** true when this is the local instance (started or reused), false for NEO4J_URI */
  local: boolean;
  /** Neo4j Browser of the local instance */
  browserUrl?: string;
}

export function localOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): LocalNeo4jOptions {
  return {
    // CLAIMGRAPH_NEO4J_HOME: keep the local instance elsewhere (another disk, a second instance).
    home: env.CLAIMGRAPH_NEO4J_HOME || undefined,
    ports: localPortsFromEnv(env),
    password: env.NEO4J_PASSWORD || undefined,
    apiOrigin: apiOriginFromEnv(env),
  };
}

export async function ensureNeo4j(env: NodeJS.ProcessEnv = process.env, options: LocalNeo4jOptions = {}): Promise<ResolvedNeo4j> {
  const settings = neo4jSettingsFromEnv(env);
  if (settings.uri) {
    if (!settings.password) {
      throw new Error(`NEO4J_URI is set (${settings.uri}) but NEO4J_PASSWORD is not: set it to the password of user '${settings.user}'`);
    }
    return { uri: settings.uri, user: settings.user, password: settings.password, database: settings.database, local: false };
  }
  // Lazy: reading settings must not pull in the process/assembly code.
  const { startLocalNeo4j } = await import('./local.ts');
  const info = await startLocalNeo4j({ ...localOptionsFromEnv(env), ...options });
  return {
    uri: info.uri,
    user: info.user,
    password: info.password,
    database: settings.database,
    local: true,
    browserUrl: info.browserUrl,
  };
}
