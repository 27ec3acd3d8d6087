// The playground in a real headless Chromium with every non-loopback request blocked: it loads
// from this server alone, runs the preloaded "who said what about Trump" query by a click, and
// shows the answer. Screenshot: test-artifacts/playground.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium, type ChromiumSession } from '../support/chromium.ts';
import { removeSeedGraph, seedGraph } from '../support/seed-graph.ts';
import { startTestApi, type TestApi } from './api-under-test.ts';

let t: TestApi;
let browser: ChromiumSession;

describe.skipIf(!chromiumAvailable())('the playground, offline', () => {
  beforeAll(async () => {
    t = await startTestApi();
    await seedGraph(t.graph);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await removeSeedGraph(t.graph);
    await t.close();
  });

  it('loads without the internet, runs the example by a click and shows who said what about Trump', async () => {
    const { page } = browser;
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
    const consoleErrors: string[] = [];
    page.on('pageerror', (e) => consoleErrors.push(String(e)));

    await page.goto(`${t.origin}/`, { waitUntil: 'load' });
    const run = page.locator('.graphiql-execute-button');
    await run.waitFor({ state: 'visible', timeout: 30_000 });
    // The example tabs are there, the first one selected.
    await expect.poll(() => page.locator('.graphiql-tab').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.graphiql-query-editor').innerText()).toContain('whoSaidWhatAbout');

    await run.click();
    const response = page.locator('.result-window');
    await expect.poll(async () => response.innerText(), { timeout: 30_000 }).toContain('speaker');
    const text = await response.innerText();
    expect(text).toContain('Kremlin');
    expect(text).toContain('evidence');
    expect(text).not.toContain('"errors"');

    await browser.screenshot('playground');
    expect(browser.blockedRequests, 'requests that tried to leave the machine').toEqual([]);
    expect(failed).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('links to the Neo4j Browser', async () => {
    const href = await browser.page.locator('a', { hasText: 'Neo4j Browser' }).getAttribute('href');
    expect(new URL(href!).port).toBe('7474');
  });
});
