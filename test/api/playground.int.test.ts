// The playground in a real headless Chromium with every non-loopback request blocked: it loads
// from this server alone, runs the preloaded "who said what about Trump" query by a click, and
// shows the answer; a query built in the explorer plugin by ticking fields runs too. Screenshots:
// test-artifacts/playground.png, test-artifacts/playground-explorer.png.
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

  it('builds a query with the explorer by ticking fields, and runs it', async () => {
    const { page } = browser;
    const consoleErrors: string[] = [];
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    const explorer = page.locator('.graphiql-explorer-root');
    // Open from the start, reading the live schema (its root fields are listed).
    await explorer.waitFor({ state: 'visible', timeout: 30_000 });
    await explorer.getByText('whoSaidWhatAbout', { exact: true }).waitFor();

    // A fresh tab, then the query built by ticking: actors > nodes > name, kind.
    const tabs = await page.locator('.graphiql-tab').count();
    await page.locator('.graphiql-tab-add').click();
    await expect.poll(() => page.locator('.graphiql-tab').count()).toBe(tabs + 1);
    const editor = page.locator('.graphiql-query-editor');
    await expect.poll(() => editor.innerText()).not.toContain('whoSaidWhatAbout');
    // An empty editor (the explorer follows what is typed; after a tab switch it still shows the
    // previous tab's query until the editor changes: a limit of the plugin as shipped).
    await editor.locator('.CodeMirror').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    // whoSaidWhatAbout no longer ticked: its arguments (about*: ...) are gone from the explorer.
    await expect.poll(() => explorer.innerText()).not.toContain('about*');
    await explorer.getByText('actors', { exact: true }).first().click();
    await explorer.getByText('nodes', { exact: true }).first().click();
    await explorer.getByText('name', { exact: true }).first().click();
    await explorer.getByText('kind', { exact: true }).first().click();
    await expect.poll(() => editor.innerText()).toMatch(/actors[\s\S]*nodes[\s\S]*name[\s\S]*kind/);
    expect(await editor.innerText()).not.toContain('whoSaidWhatAbout');

    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.result-window');
    await expect.poll(async () => response.innerText(), { timeout: 30_000 }).toContain('Donald Trump');
    expect(await response.innerText()).toContain('"kind": "PERSON"');
    expect(await response.innerText()).not.toContain('"errors"');

    await browser.screenshot('playground-explorer');
    expect(browser.blockedRequests, 'requests that tried to leave the machine').toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('links to the Neo4j Browser', async () => {
    const href = await browser.page.locator('a', { hasText: 'Neo4j Browser' }).getAttribute('href');
    expect(new URL(href!).port).toBe('7474');
  });
});
