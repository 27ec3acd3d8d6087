// The local Neo4j instance: start (idempotent), stop, status.
//
// Exports
//   startLocalNeo4j(options) -> LocalNeo4jInfo   assembles once, writes the conf, sets the password on
//                                               first start, launches, waits until Bolt answers
//   stopLocalNeo4j(options)  -> { stopped, pid } stops only the process our pid file names
//   statusLocalNeo4j(options) -> LocalNeo4jStatus
//   LocalNeo4jOptions (see layout.ts), LocalNeo4jInfo, LocalNeo4jStatus
import { open, rm, readFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { connect } from '../graph/connection.ts';
import { GraphError } from '../graph/errors.ts';
import { assembleNeo4j, isAssembled } from './assemble.ts';
import { writeNeo4jConf } from './conf.ts';
import { LocalNeo4jError } from './errors.ts';
import { NEO4J_VERSION, resolveLayout, type InstanceLayout, type LocalNeo4jOptions } from './layout.ts';
import { preparePassword, readStoredPassword, restrictDataDir, storePassword } from './password.ts';
import { isPortOpen } from './ports.ts';
import { launchServer, runningPid, stopServer, tailLog } from './process.ts';
import { findJava } from './tools.ts';

export type { LocalNeo4jOptions } from './layout.ts';

export interface LocalNeo4jInfo {
  uri: string;
  user: string;
  password: string;
  browserUrl: string;
  httpUrl: string;
  pid: number;
  home: string;
  /** true when an instance was already running and was reused */
  reused: boolean;
  /** true when the password was generated on this (first) start */
  passwordGenerated: boolean;
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid: number | undefined;
  uri: string;
  browserUrl: string;
  user: string;
  password: string | undefined;
  home: string;
  assembled: boolean;
  version: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// Generous: a cold JVM on a busy 2-core machine has taken over 100 s to open Bolt.
const DEFAULT_START_TIMEOUT_MS = 300_000;

type BoltCheck = 'up' | 'down' | { error: GraphError };

async function checkBolt(layout: InstanceLayout, password: string): Promise<BoltCheck> {
  const graph = connect({ uri: layout.boltUri, user: layout.user, password }, { connectionTimeoutMs: 3000, maxTransactionRetryTimeMs: 0 });
  try {
    await graph.verify();
    return 'up';
  } catch (err) {
    if (err instanceof GraphError && (err.code === 'UNAVAILABLE' || err.code === 'TRANSIENT')) return 'down';
    if (err instanceof GraphError) return { error: err };
    throw err;
  } finally {
    await graph.close();
  }
}

async function logTail(layout: InstanceLayout): Promise<string> {
  const lines = [...(await tailLog(layout.neo4jLog, 12)), ...(await tailLog(layout.consoleLog, 8))];
  return lines.length ? `\nLast log lines (${layout.logsDir}):\n  ${lines.join('\n  ')}` : `\n(no log lines in ${layout.logsDir})`;
}

/** Wait until Bolt accepts our credentials; fail early when the process dies. */
async function waitForBolt(
  layout: InstanceLayout,
  password: string,
  timeoutMs: number,
  exited: Promise<number | null> | undefined,
): Promise<void> {
  let exitCode: number | null | undefined;
  let hasExited = false;
  void exited?.then((code) => {
    hasExited = true;
    exitCode = code;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited) {
      throw new LocalNeo4jError('START_FAILED', `Neo4j exited (code ${exitCode}) before Bolt answered on ${layout.boltUri}.${await logTail(layout)}`);
    }
    const state = await checkBolt(layout, password);
    if (state === 'up') return;
    if (state !== 'down') {
      throw new LocalNeo4jError('START_FAILED', `Neo4j at ${layout.boltUri} is up but refused the connection: ${state.error.message}`, {
        cause: state.error,
      });
    }
    await sleep(500);
  }
  throw new LocalNeo4jError('START_FAILED', `Neo4j did not answer on ${layout.boltUri} within ${Math.round(timeoutMs / 1000)} s.${await logTail(layout)}`);
}

/** One start at a time per home: a second `start` waits, then finds the first one's server. */
async function withStartLock<T>(layout: InstanceLayout, work: () => Promise<T>): Promise<T> {
  await mkdir(layout.runDir, { recursive: true });
  const lockFile = `${layout.runDir}/start.lock`;
  const deadline = Date.now() + DEFAULT_START_TIMEOUT_MS;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
      let holderAlive = false;
      try {
        if (holder > 0) process.kill(holder, 0);
        holderAlive = holder > 0;
      } catch {
        holderAlive = false;
      }
      if (!holderAlive || Date.now() > deadline) await rm(lockFile, { force: true });
      else await sleep(300);
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockFile, { force: true });
  }
}

export async function startLocalNeo4j(options: LocalNeo4jOptions = {}): Promise<LocalNeo4jInfo> {
  const layout = resolveLayout(options);
  const timeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  return withStartLock(layout, async () => {
    const base = { uri: layout.boltUri, user: layout.user, browserUrl: layout.browserUrl, httpUrl: layout.httpUrl, home: layout.home };

    const existing = await runningPid(layout);
    if (existing !== undefined) {
      const password = options.password || (await readStoredPassword(layout));
      if (!password) {
        throw new LocalNeo4jError('PASSWORD_UNKNOWN', `Neo4j is running (pid ${existing}) but its password is not stored in ${layout.passwordFile}: set NEO4J_PASSWORD`);
      }
      await waitForBolt(layout, password, timeoutMs, undefined);
      return { ...base, password, pid: existing, reused: true, passwordGenerated: false };
    }

    const java = await findJava(options.env);
    await assembleNeo4j({ libDir: layout.libDir, env: options.env, log: options.log });
    for (const [name, port] of Object.entries(layout.ports)) {
      if (await isPortOpen(port)) {
        throw new LocalNeo4jError(
          'PORT_IN_USE',
          `Port ${port} (${name}) is already in use by another process, not the Neo4j in ${layout.home}: stop it, or set NEO4J_${name.toUpperCase()}_PORT`,
        );
      }
    }
    await writeNeo4jConf(layout, options);
    await restrictDataDir(layout);
    const { password, generated } = await preparePassword(layout, java, options.password);
    options.log?.(`Starting Neo4j ${NEO4J_VERSION} (logs: ${layout.logsDir})...`);
    const server = await launchServer(java, layout, options);
    try {
      await waitForBolt(layout, password, timeoutMs, server.exited);
    } catch (err) {
      // Never leave a half-started server behind: the next start would find it and be confused.
      await stopServer(layout, 30_000).catch(() => undefined);
      throw err;
    }
    // A password given by NEO4J_PASSWORD that works is the one to remember.
    if (options.password) await storePassword(layout, options.password);
    return { ...base, password, pid: server.pid, reused: false, passwordGenerated: generated };
  });
}

export async function stopLocalNeo4j(options: LocalNeo4jOptions = {}): Promise<{ stopped: boolean; pid: number | undefined }> {
  const layout = resolveLayout(options);
  const pid = await stopServer(layout);
  return { stopped: pid !== undefined, pid };
}

export async function statusLocalNeo4j(options: LocalNeo4jOptions = {}): Promise<LocalNeo4jStatus> {
  const layout = resolveLayout(options);
  const pid = await runningPid(layout);
  return {
    running: pid !== undefined,
    pid,
    uri: layout.boltUri,
    browserUrl: layout.browserUrl,
    user: layout.user,
    password: options.password || (await readStoredPassword(layout)),
    home: layout.home,
    assembled: await isAssembled(layout.libDir),
    version: NEO4J_VERSION,
  };
}
