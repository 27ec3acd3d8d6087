// Where a local Neo4j instance keeps its files, and the options that pick them.
//
// Exports
//   LocalNeo4jOptions    what callers may choose (home, lib, ports, password, extra conf lines, ...)
//   InstanceLayout       resolved absolute paths of one instance + its settings
//   resolveLayout(options)
//   REPO_ROOT, DEFAULT_HOME, DEFAULT_LIB_DIR, NEO4J_VERSION
//
// One instance = one home folder (conf/, data/, logs/, run/, plugins/). The jar folder (lib) is
// shared by every instance, so a test instance reuses the jars the user's instance downloaded.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LOCAL_PORTS, type LocalNeo4jPorts } from '../config.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The Neo4j version neo4j/pom.xml assembles (kept in sync by a unit test). */
export const NEO4J_VERSION = '5.26.30';
export const DEFAULT_HOME = resolve(REPO_ROOT, '.neo4j');
export const DEFAULT_LIB_DIR = resolve(REPO_ROOT, '.neo4j', 'lib');
export const POM_FILE = resolve(REPO_ROOT, 'neo4j', 'pom.xml');

export interface LocalNeo4jOptions {
  /** Instance folder (conf, data, logs, run). Default: <repo>/.neo4j */
  home?: string;
  /** Shared jar folder. Default: <repo>/.neo4j/lib */
  libDir?: string;
  ports?: Partial<LocalNeo4jPorts>;
  /** Password to use; else the stored one, else one is generated on first start. */
  password?: string | undefined;
  /** Extra neo4j.conf lines, appended last (so they override the defaults). */
  extraConf?: Record<string, string>;
  /** Origin of the claimgraph API: the Browser loads its style and guide from there. Unset = no Browser hooks. */
  apiOrigin?: string | undefined;
  heapMax?: string;
  pageCache?: string;
  /** How long to wait for Bolt to answer after starting (ms). */
  startTimeoutMs?: number;
  /** Environment for finding java/mvn (PATH, JAVA_HOME); default: process.env. */
  env?: NodeJS.ProcessEnv;
  /** Progress lines (assembly, start); default: silent. */
  log?: (line: string) => void;
}

export interface InstanceLayout {
  home: string;
  libDir: string;
  confDir: string;
  confFile: string;
  dataDir: string;
  logsDir: string;
  runDir: string;
  pluginsDir: string;
  pidFile: string;
  passwordFile: string;
  consoleLog: string;
  neo4jLog: string;
  ports: LocalNeo4jPorts;
  user: string;
  boltUri: string;
  httpUrl: string;
  browserUrl: string;
}

export function resolveLayout(options: LocalNeo4jOptions = {}): InstanceLayout {
  const home = resolve(options.home ?? DEFAULT_HOME);
  const ports: LocalNeo4jPorts = {
    bolt: options.ports?.bolt ?? DEFAULT_LOCAL_PORTS.bolt,
    http: options.ports?.http ?? DEFAULT_LOCAL_PORTS.http,
  };
  const dataDir = resolve(home, 'data');
  const logsDir = resolve(home, 'logs');
  const runDir = resolve(home, 'run');
  return {
    home,
    libDir: resolve(options.libDir ?? DEFAULT_LIB_DIR),
    confDir: resolve(home, 'conf'),
    confFile: resolve(home, 'conf', 'neo4j.conf'),
    dataDir,
    logsDir,
    runDir,
    pluginsDir: resolve(home, 'plugins'),
    pidFile: resolve(runDir, 'claimgraph-neo4j.pid'),
    // Under data/: deleting the data folder (a fresh database) also forgets its password.
    passwordFile: resolve(dataDir, 'claimgraph-password'),
    consoleLog: resolve(logsDir, 'console.log'),
    neo4jLog: resolve(logsDir, 'neo4j.log'),
    ports,
    user: 'neo4j',
    boltUri: `bolt://127.0.0.1:${ports.bolt}`,
    httpUrl: `http://localhost:${ports.http}`,
    browserUrl: `http://localhost:${ports.http}/browser/`,
  };
}
