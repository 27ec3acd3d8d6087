// The Neo4j server process: launched with `java` the way the official `neo4j` launcher does,
// tracked by a pid file, stopped with SIGTERM.
//
// Exports
//   jvmArguments(layout, options) -> string[]   the java command line (pure, unit-tested)
//   launchServer(java, layout, options) -> { pid, exited }
//   runningPid(layout) -> pid | undefined       the pid file's process, if it is still our server
//   stopServer(layout, timeoutMs) -> pid | undefined
//   tailLog(path, lines)
import { spawn } from 'node:child_process';
import { mkdir, open, readFile, rm, writeFile } from 'node:fs/promises';
import { LocalNeo4jError } from './errors.ts';
import { DEFAULT_HEAP_MAX } from './conf.ts';
import type { InstanceLayout, LocalNeo4jOptions } from './layout.ts';

const MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';

/**
 * The flags of the official distribution's neo4j.conf (server.jvm.additional) and launcher.
 * Left out on purpose: -XX:+AlwaysPreTouch (it commits the whole heap up front; this machine is shared).
 */
const OFFICIAL_JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dlog4j.layout.jsonTemplate.maxStringLength=32768',
  '-Dfile.encoding=UTF-8',
  '-XX:+ExitOnOutOfMemoryError',
];

export function jvmArguments(layout: InstanceLayout, options: LocalNeo4jOptions = {}): string[] {
  return [
    '-Xms256m',
    `-Xmx${options.heapMax ?? DEFAULT_HEAP_MAX}`,
    ...OFFICIAL_JVM_FLAGS,
    '-cp',
    `${layout.pluginsDir}/*:${layout.confDir}/*:${layout.libDir}/*`,
    MAIN_CLASS,
    `--home-dir=${layout.home}`,
    `--config-dir=${layout.confDir}`,
  ];
}

export interface LaunchedServer {
  pid: number;
  /** Resolves with the exit code if the server stops while we still hold it (a failed start). */
  exited: Promise<number | null>;
}

export async function launchServer(java: string, layout: InstanceLayout, options: LocalNeo4jOptions = {}): Promise<LaunchedServer> {
  await Promise.all([layout.logsDir, layout.runDir, layout.pluginsDir, layout.dataDir].map((dir) => mkdir(dir, { recursive: true })));
  const consoleLog = await open(layout.consoleLog, 'a');
  try {
    // Detached, with its own process group: the server outlives `claimgraph neo4j start`.
    const child = spawn(java, jvmArguments(layout, options), {
      cwd: layout.home,
      detached: true,
      stdio: ['ignore', consoleLog.fd, consoleLog.fd],
      env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.confDir },
    });
    const exited = new Promise<number | null>((resolve) => {
      child.once('exit', (code) => resolve(code));
      child.once('error', () => resolve(-1));
    });
    if (child.pid === undefined) {
      throw new LocalNeo4jError('START_FAILED', `Could not launch ${java}`);
    }
    child.unref();
    await writeFile(layout.pidFile, `${child.pid}\n`, 'utf8');
    return { pid: child.pid, exited };
  } finally {
    await consoleLog.close();
  }
}

/** Alive and not a zombie (a child that exited but was not yet reaped still answers kill 0). */
async function isAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return true; // no /proc (not Linux): trust kill 0
  }
}

/** Is `pid` our server for this home? Guards against a stale pid file whose pid was reused. */
async function isOurServer(pid: number, layout: InstanceLayout): Promise<boolean> {
  if (!(await isAlive(pid))) return false;
  try {
    const cmdline = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0');
    return cmdline.includes(MAIN_CLASS) && cmdline.includes(`--home-dir=${layout.home}`);
  } catch {
    return true;
  }
}

export async function runningPid(layout: InstanceLayout): Promise<number | undefined> {
  let pid: number;
  try {
    pid = Number((await readFile(layout.pidFile, 'utf8')).trim());
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return (await isOurServer(pid, layout)) ? pid : undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** SIGTERM (Neo4j then checkpoints and shuts down cleanly), wait, SIGKILL only as a last resort. */
export async function stopServer(layout: InstanceLayout, timeoutMs = 60_000): Promise<number | undefined> {
  const pid = await runningPid(layout);
  if (pid === undefined) {
    await rm(layout.pidFile, { force: true });
    return undefined;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await isAlive(pid))) {
      await rm(layout.pidFile, { force: true });
      return pid;
    }
    await sleep(200);
  }
  process.kill(pid, 'SIGKILL');
  await sleep(500);
  if (await isAlive(pid)) {
    throw new LocalNeo4jError('STOP_FAILED', `Neo4j (pid ${pid}) did not stop after SIGTERM and SIGKILL`);
  }
  await rm(layout.pidFile, { force: true });
  return pid;
}

export async function tailLog(path: string, lines = 15): Promise<string[]> {
  try {
    const text = await readFile(path, 'utf8');
    return text.split('\n').filter((line) => line.trim()).slice(-lines);
  } catch {
    return [];
  }
}
