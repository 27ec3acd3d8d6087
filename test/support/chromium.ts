// Shared launcher for browser tests: a real headless Chromium (Debian's /usr/bin/chromium) driven by
// playwright-core, with a fresh profile and every request outside loopback blocked, so a test can
// neither leak to the internet nor pass thanks to something it fetched from there.
//
//   const browser = await launchChromium();
//   await browser.page.goto('http://127.0.0.1:4000/');
//   await browser.screenshot('playground');          // -> test-artifacts/playground.png
//   expect(browser.blockedRequests).toEqual([]);     // optional: nothing tried to leave the machine
//   await browser.close();
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS_DIR = path.resolve(import.meta.dirname, '../../test-artifacts');

// Quiet, reproducible Chromium: no GPU, no QUIC, no background fetches to Google services.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumSession {
  context: BrowserContext;
  /** The first tab, ready to use. */
  page: Page;
  /** URLs the session refused because they were not on loopback (in request order). */
  blockedRequests: string[];
  /** Non-loopback URLs that got an answer anyway: must stay empty (a test can assert it). */
  leakedRequests: string[];
  /** Saves a full-page PNG of `page` (default: the first tab) to test-artifacts/<name>.png; returns the path. */
  screenshot(name: string, page?: Page): Promise<string>;
  /** Closes the browser and deletes its profile directory. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  viewport?: { width: number; height: number };
  /** Directory for screenshots; default test-artifacts/ at the repository root. */
  artifactsDir?: string;
}

/** True when the Chromium binary exists, so suites can `describe.skipIf(!chromiumAvailable())`. */
export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Loopback only: localhost, 127.0.0.0/8, ::1; plus in-page schemes that never hit the network. */
export function isLoopbackUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (['data:', 'blob:', 'about:'].includes(parsed.protocol)) return true;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  if (!chromiumAvailable()) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH} (install Debian's chromium or set CHROMIUM_PATH)`);
  }
  const artifactsDir = options.artifactsDir ?? ARTIFACTS_DIR;
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'claimgraph-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: options.viewport ?? { width: 1400, height: 900 },
    });
  } catch (err) {
    await rm(userDataDir, { recursive: true, force: true });
    throw err;
  }

  const blockedRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLoopbackUrl(url)) return route.continue();
    blockedRequests.push(url);
    return route.abort('blockedbyclient');
  });
  // WebSockets bypass context.route: refuse the non-loopback ones; loopback ones (Bolt to a local
  // Neo4j) are not routed at all, so Playwright never sits in the middle of the database traffic.
  await context.routeWebSocket(
    (url) => !isLoopbackUrl(url.href),
    (ws) => {
      blockedRequests.push(ws.url());
      void ws.close({ code: 1008, reason: 'blocked: not loopback' });
    },
  );

  // The proof that blocking works: any non-loopback request that completes is recorded here.
  const leakedRequests: string[] = [];
  context.on('requestfinished', (request) => {
    if (!isLoopbackUrl(request.url())) leakedRequests.push(request.url());
  });

  const page = context.pages()[0] ?? (await context.newPage());

  return {
    context,
    page,
    blockedRequests,
    leakedRequests,
    async screenshot(name, target = page) {
      await mkdir(artifactsDir, { recursive: true });
      const file = path.join(artifactsDir, `${name}.png`);
      await target.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
