// Integration tests' Neo4j: one real server for the whole run.
//
//   NEO4J_TEST_URI (+ NEO4J_TEST_USER, NEO4J_TEST_PASSWORD) set -> that server is used as it is;
//   otherwise a throwaway local instance on free ports, in .neo4j-test/run-<pid>-<time>, sharing the
//   jars of .neo4j/lib; it is stopped and its folder removed at the end. Never the user's instance.
//   Instances left behind by a run that was killed (its <pid> is gone) are stopped and removed first.
//
// Either way the schema is applied, and tests get the connection two ways:
//   inject('neo4j') (vitest provide/inject, typed below) and NEO4J_TEST_URI/USER/PASSWORD in the env.
import { mkdir, readdir, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { connect } from '../../src/graph/connection.ts';
import { applySchema } from '../../src/graph/schema.ts';
import { REPO_ROOT } from '../../src/neo4j/layout.ts';
import { freePorts } from '../../src/neo4j/ports.ts';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** Set when this run started its own instance (absent for NEO4J_TEST_URI). */
  local?: { home: string; pid: number; boltPort: number; httpPort: number; httpUrl: string };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export const TEST_HOMES = resolve(REPO_ROOT, '.neo4j-test');

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

/** Stops and removes the instances of test runs whose process no longer exists (killed runs). */
export async function reapOrphans(homes: string = TEST_HOMES, log: (line: string) => void = console.log): Promise<string[]> {
  const { stopLocalNeo4j } = await import('../../src/neo4j/local.ts');
  let entries: string[];
  try {
    entries = await readdir(homes);
  } catch {
    return [];
  }
  const reaped: string[] = [];
  for (const name of entries) {
    const owner = /^run-(\d+)-\d+(-[\w-]+)?$/.exec(name);
    if (!owner || processExists(Number(owner[1]))) continue;
    const home = resolve(homes, name);
    // stopLocalNeo4j only signals a pid that is this folder's Neo4j (it checks the command line).
    const { stopped } = await stopLocalNeo4j({ home });
    await rm(home, { recursive: true, force: true });
    log(`[neo4j] removed ${name}, left by a test run that no longer exists${stopped ? ' (its Neo4j was still running)' : ''}`);
    reaped.push(name);
  }
  return reaped;
}

async function startThrowaway(): Promise<{ settings: TestNeo4j; stop: () => Promise<void> }> {
  const { startLocalNeo4j, stopLocalNeo4j } = await import('../../src/neo4j/local.ts');
  await reapOrphans();
  const home = resolve(TEST_HOMES, `run-${process.pid}-${Date.now()}`);
  await mkdir(home, { recursive: true });
  const [bolt, http] = (await freePorts(2)) as [number, number];
  const options = { home, ports: { bolt, http }, heapMax: '768m', pageCache: '256m', log: (line: string) => console.log(`[neo4j] ${line}`) };
  try {
    const info = await startLocalNeo4j(options);
    return {
      settings: {
        uri: info.uri,
        user: info.user,
        password: info.password,
        database: undefined,
        local: { home, pid: info.pid, boltPort: bolt, httpPort: http, httpUrl: info.httpUrl },
      },
      stop: async () => {
        await stopLocalNeo4j(options);
        await rm(home, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await stopLocalNeo4j(options).catch(() => undefined);
    await rm(home, { recursive: true, force: true });
    throw err;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.NEO4J_TEST_URI;
  let settings: TestNeo4j;
  let stop = async () => {};
  if (external) {
    const password = process.env.NEO4J_TEST_PASSWORD;
    if (!password) throw new Error('NEO4J_TEST_URI is set but NEO4J_TEST_PASSWORD is not');
    settings = {
      uri: external,
      user: process.env.NEO4J_TEST_USER || 'neo4j',
      password,
      database: process.env.NEO4J_TEST_DATABASE || undefined,
    };
  } else {
    ({ settings, stop } = await startThrowaway());
  }

  try {
    const graph = connect(settings);
    try {
      await applySchema(graph);
    } finally {
      await graph.close();
    }
  } catch (err) {
    await stop();
    throw err;
  }

  project.provide('neo4j', settings);
  // Test workers start after this and inherit the environment: helpers that read env work too.
  process.env.NEO4J_TEST_URI = settings.uri;
  process.env.NEO4J_TEST_USER = settings.user;
  process.env.NEO4J_TEST_PASSWORD = settings.password;
  if (settings.database) process.env.NEO4J_TEST_DATABASE = settings.database;

  return stop;
}
