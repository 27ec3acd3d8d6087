// Connection settings come from the environment only; nothing secret is defaulted in source.
export interface Neo4jSettings {
  /** Set when the user brings their own Neo4j (server, cluster, Aura); the local instance is then never started. */
  uri: string | undefined;
  user: string;
  password: string | undefined;
  database: string | undefined;
}

export function neo4jSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jSettings {
  return {
    uri: env.NEO4J_URI || undefined,
    user: env.NEO4J_USER || 'neo4j',
    password: env.NEO4J_PASSWORD || undefined,
    database: env.NEO4J_DATABASE || undefined,
  };
}
