// A Neo4j of a test file's own, for tests that stop it, restart it or configure it (the shared one
// of test/setup/neo4j.global.ts serves every other suite). Its folder is named like the shared
// run's, run-<pid>-<time>-<name> under .neo4j-test, so a killed run's leftovers are reaped too.
import { mkdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4jInfo, type LocalNeo4jOptions } from '../../src/neo4j/local.ts';
import { freePorts } from '../../src/neo4j/ports.ts';
import { TEST_HOMES } from '../setup/neo4j.global.ts';

export interface OwnNeo4j {
  info: LocalNeo4jInfo;
  options: LocalNeo4jOptions;
  stop(): Promise<void>;
  /** Starts it again on the same folder, ports and password. */
  start(): Promise<void>;
  /** Stops it and removes its folder (for afterAll; never throws). */
  dispose(): Promise<void>;
}

export function ownNeo4jHome(name: string): string {
  return resolve(TEST_HOMES, `run-${process.pid}-${Date.now()}-${name}`);
}

export async function startOwnNeo4j(name: string, extra: Partial<LocalNeo4jOptions> = {}): Promise<OwnNeo4j> {
  const home = ownNeo4jHome(name);
  await mkdir(home, { recursive: true });
  const [bolt, http] = (await freePorts(2)) as [number, number];
  const options: LocalNeo4jOptions = { home, ports: { bolt, http }, heapMax: '512m', pageCache: '128m', ...extra };
  const dispose = async () => {
    await stopLocalNeo4j(options).catch(() => undefined);
    await rm(home, { recursive: true, force: true });
  };
  try {
    const info = await startLocalNeo4j(options);
    options.password = info.password;
    return {
      info,
      options,
      stop: async () => void (await stopLocalNeo4j(options)),
      start: async () => void (await startLocalNeo4j(options)),
      dispose,
    };
  } catch (err) {
    await dispose();
    throw err;
  }
}
