// The local instance's lifecycle on a throwaway home and free ports (never the user's instance):
// start is idempotent, listens on loopback only, serves the Browser, stops cleanly, and a server
// that cannot start is reported with its log.
import { readFile, rm, stat } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalNeo4jError } from '../../src/neo4j/errors.ts';
import { REPO_ROOT, resolveLayout, type LocalNeo4jOptions } from '../../src/neo4j/layout.ts';
import { startLocalNeo4j, statusLocalNeo4j, stopLocalNeo4j, type LocalNeo4jInfo } from '../../src/neo4j/local.ts';
import { freePorts, isPortOpen } from '../../src/neo4j/ports.ts';

const TEST_HOMES = resolve(REPO_ROOT, '.neo4j-test');

function throwawayHome(name: string): string {
  return resolve(TEST_HOMES, `${name}-${process.pid}-${Date.now()}`);
}

/** Listening TCP sockets on `port` from /proc/net/tcp{,6}: local addresses as hex (state 0A = LISTEN). */
async function listeningAddresses(port: number): Promise<string[]> {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const found: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const text = await readFile(file, 'utf8').catch(() => '');
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const [address, localPort] = (fields[1] ?? '').split(':');
      if (localPort === hexPort && fields[3] === '0A' && address) found.push(address);
    }
  }
  return found;
}

const IPV4_LOOPBACK_HEX = '0100007F'; // 127.0.0.1, little-endian
const IPV6_LOOPBACK_HEX = '00000000000000000000000001000000'; // ::1
const IPV4_MAPPED_LOOPBACK_HEX = '0000000000000000FFFF00000100007F'; // ::ffff:127.0.0.1 (Java's dual-stack socket)
const LOOPBACK = [IPV4_LOOPBACK_HEX, IPV6_LOOPBACK_HEX, IPV4_MAPPED_LOOPBACK_HEX];

/** Gone, or a zombie waiting to be reaped by this process (it launched the server). */
async function processEnded(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return stat === '' || /\) [ZX] /.test(stat);
}

describe('local Neo4j lifecycle', () => {
  let options: LocalNeo4jOptions;
  let first: LocalNeo4jInfo;

  beforeAll(async () => {
    const [bolt, http] = (await freePorts(2)) as [number, number];
    options = { home: throwawayHome('lifecycle'), ports: { bolt, http }, heapMax: '512m', pageCache: '64m' };
    first = await startLocalNeo4j(options);
  }, 320_000);

  afterAll(async () => {
    await stopLocalNeo4j(options).catch(() => undefined);
    await rm(options.home!, { recursive: true, force: true });
  });

  it('starts with a generated password stored mode 0600 under the data folder', async () => {
    expect(first.reused).toBe(false);
    expect(first.passwordGenerated).toBe(true);
    const layout = resolveLayout(options);
    expect((await readFile(layout.passwordFile, 'utf8')).trim()).toBe(first.password);
    expect((await stat(layout.passwordFile)).mode & 0o777).toBe(0o600);
  });

  it('a second start reuses the running server (same pid)', async () => {
    const second = await startLocalNeo4j(options);
    expect(second.reused).toBe(true);
    expect(second.pid).toBe(first.pid);
    expect(second.password).toBe(first.password);
    expect(await statusLocalNeo4j(options)).toMatchObject({ running: true, pid: first.pid });
  });

  it('listens on loopback only', async () => {
    for (const port of [options.ports!.bolt!, options.ports!.http!]) {
      const addresses = await listeningAddresses(port);
      expect(addresses.length, `something listens on ${port}`).toBeGreaterThan(0);
      for (const address of addresses) {
        expect(LOOPBACK, `port ${port} bound to ${address}`).toContain(address);
      }
      const external = Object.values(networkInterfaces())
        .flat()
        .find((nic) => nic && nic.family === 'IPv4' && !nic.internal);
      if (external) expect(await isPortOpen(port, external.address), `${external.address}:${port}`).toBe(false);
    }
  });

  it('serves Neo4j Browser at /browser/', async () => {
    const response = await fetch(`${first.httpUrl}/browser/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Neo4j Browser');
  });

  it('stop ends the server it started, and a second stop finds nothing to stop', async () => {
    const stopped = await stopLocalNeo4j(options);
    expect(stopped).toEqual({ stopped: true, pid: first.pid });
    expect(await processEnded(first.pid)).toBe(true);
    expect(await isPortOpen(options.ports!.bolt!)).toBe(false);
    expect(await statusLocalNeo4j(options)).toMatchObject({ running: false, pid: undefined });
    expect(await stopLocalNeo4j(options)).toEqual({ stopped: false, pid: undefined });
  });
});

describe('a server that cannot start', () => {
  const home = throwawayHome('broken');
  afterAll(async () => {
    await stopLocalNeo4j({ home }).catch(() => undefined);
    await rm(home, { recursive: true, force: true });
  });

  it('fails with START_FAILED and the last lines of its log', async () => {
    const [bolt, http] = (await freePorts(2)) as [number, number];
    // Neo4j validates its settings strictly: an unknown one stops it before Bolt comes up.
    const options = { home, ports: { bolt, http }, extraConf: { 'server.no_such_setting': 'x' }, startTimeoutMs: 120_000 };
    const err = await startLocalNeo4j(options).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(LocalNeo4jError);
    expect((err as LocalNeo4jError).code).toBe('START_FAILED');
    expect((err as Error).message).toContain('server.no_such_setting');
    expect(await statusLocalNeo4j({ home })).toMatchObject({ running: false });
  }, 150_000);
});
