// The Neo4j Browser experience, end to end in a real headless Chromium:
//   a throwaway Neo4j whose conf points the Browser at claimgraph's API (startLocalNeo4j's apiOrigin:
//   browser.post_connect_cmd + the remote-content host list, as the user's local instance gets them),
//   the real API server serving /browser/claimgraph.grass and /browser/guide.html, the seed graph.
// The test connects through the Browser's form, then checks that the style is applied, that the
// guide opens with a slide per query, and that a question run from the guide answers with the seed's
// data. Screenshots go to test-artifacts/ (git-ignored). Only loopback requests leave Chromium.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../../src/api/server.ts';
import { connect, type Graph } from '../../src/graph/connection.ts';
import { loadQueries, type NamedQuery } from '../../src/graph/queries.ts';
import { REPO_ROOT } from '../../src/neo4j/layout.ts';
import { startOwnNeo4j, type OwnNeo4j } from '../support/own-neo4j.ts';
import { freePorts } from '../../src/neo4j/ports.ts';
import { chromiumAvailable, launchChromium, type ChromiumSession } from '../support/chromium.ts';
import { seedGraph } from '../support/seed-graph.ts';

const grass = await readFile(path.join(REPO_ROOT, 'cypher/claimgraph.grass'), 'utf8');
/** The colour the style sheet gives a label, read from the file the Browser is served. */
function styleColour(label: string): string {
  const rule = new RegExp(`node\\.${label}\\s*\\{([^}]*)\\}`).exec(grass);
  const colour = rule && /(?:^|\s)color:\s*(#[0-9A-Fa-f]{6})/.exec(rule[1]!);
  if (!colour) throw new Error(`claimgraph.grass has no colour for ${label}`);
  return colour[1]!.toUpperCase();
}

/** A result frame in the Browser's stream, found by the command it ran. */
const frameFor = (page: Page, command: string): Locator =>
  page.locator('[data-testid="frame"]', { has: page.locator('[data-testid="frameCommand"]', { hasText: command }) }).first();

describe.skipIf(!chromiumAvailable())('Neo4j Browser with claimgraph style and guide', () => {
  let neo4j: OwnNeo4j | undefined;
  let graph: Graph | undefined;
  let api: ApiServer | undefined;
  let browser: ChromiumSession | undefined;
  let page: Page;
  let apiOrigin: string;
  let bolt: { url: string; user: string; password: string };
  let browserUrl: string;
  let queries: NamedQuery[];

  beforeAll(async () => {
    queries = await loadQueries();
    const [apiPort] = (await freePorts(1)) as [number];
    apiOrigin = `http://localhost:${apiPort}`;
    neo4j = await startOwnNeo4j('browser', { apiOrigin });
    const { info } = neo4j;
    bolt = { url: `bolt://localhost:${neo4j.options.ports!.bolt}`, user: info.user, password: info.password };
    browserUrl = info.browserUrl;

    graph = connect({ uri: info.uri, user: info.user, password: info.password });
    await seedGraph(graph);
    api = await startApiServer({ graph, port: apiPort, host: '127.0.0.1', mutations: false, browserOrigins: [info.httpUrl] });
    browser = await launchChromium({ viewport: { width: 1400, height: 1000 } });
    page = browser.page;
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await graph?.close();
    await neo4j?.dispose();
  }, 60_000);

  it('connects through the connect form and runs the post-connect commands', async () => {
    await page.goto(browserUrl);
    await page.locator('input[data-testid="boltaddress"]').waitFor({ timeout: 60_000 });
    await page.fill('input[data-testid="boltaddress"]', bolt.url);
    await page.fill('input[data-testid="username"]', bolt.user);
    await page.fill('input[data-testid="password"]', bolt.password);
    await page.click('button[data-testid="connect"]');

    await frameFor(page, `:style ${apiOrigin}/browser/claimgraph.grass`).waitFor({ timeout: 30_000 });
    await frameFor(page, `:play ${apiOrigin}/browser/guide.html`).waitFor({ timeout: 30_000 });
    await browser!.screenshot('neo4j-browser-1-connected');
  });

  it('applies the claimgraph style (the :style frame shows its rules)', async () => {
    const styleFrame = frameFor(page, `:style ${apiOrigin}/browser/claimgraph.grass`);
    const text = await styleFrame.innerText();
    await writeFile(path.join(REPO_ROOT, 'test-artifacts', 'neo4j-browser-style.txt'), text);
    for (const label of ['Person', 'Organization', 'State', 'Group', 'Media', 'Statement', 'Article', 'Outlet']) {
      const rule = new RegExp(`node\\.${label} \\{[^}]*color: ${styleColour(label)}`, 'i');
      expect(text, `the Browser's style for ${label}`).toMatch(rule);
    }
    // Browser 5.24 prints captions in double quotes, whatever quotes the sheet used.
    expect(text).toMatch(/node\.Statement \{[^}]*caption: ['"]\{caption\}['"]/);
    expect(text).toMatch(/relationship\.SAID_BY \{[^}]*caption: ['"]said by['"]/);
    await styleFrame.screenshot({ path: path.join(REPO_ROOT, 'test-artifacts', 'neo4j-browser-2-style.png') });
  });

  it('opens the guide with the list of questions and a slide per query', async () => {
    const guide = frameFor(page, `:play ${apiOrigin}/browser/guide.html`);
    const text = await guide.innerText();
    await writeFile(path.join(REPO_ROOT, 'test-artifacts', 'neo4j-browser-guide.html'), await guide.innerHTML());
    expect(text).toContain('claimgraph');
    for (const q of queries) expect(text, `question "${q.title}" listed on the first slide`).toContain(q.title);
    expect(text, 'slide counter').toContain(`1 / ${queries.length + 2}`);
    await guide.screenshot({ path: path.join(REPO_ROOT, 'test-artifacts', 'neo4j-browser-3-guide.png') });
  });

  it('runs a question from the guide: set the parameter, run the query, see who said what about Trump', async () => {
    const guide = frameFor(page, `:play ${apiOrigin}/browser/guide.html`);
    const first = queries[0]!;
    expect(first.name).toBe('who-said-what-about');
    // Next slide: the first question.
    await guide.locator('button.next-slide').first().click();
    await guide.getByRole('heading', { name: first.title }).waitFor({ timeout: 10_000 });

    const runnables = guide.locator('pre.runnable:visible');
    await runnables.filter({ hasText: ':param about' }).first().click();
    await page.click('[data-testid="editor-Run"]');
    await frameFor(page, ':param about').waitFor({ timeout: 15_000 });

    // The query's first line of Cypher names its runnable and, once run, its result frame.
    const opening = first.cypher.split('\n').map((l) => l.trim()).find((l) => l && !l.startsWith('//'))!;
    await runnables.filter({ hasText: opening }).first().click();
    await page.click('[data-testid="editor-Run"]');
    const result = frameFor(page, opening);
    await result.getByText('Kremlin').first().waitFor({ timeout: 30_000 });
    const text = await result.innerText();
    for (const speaker of ['Kremlin', 'critics of Donald Trump', 'Vladimir Putin', 'White House']) {
      expect(text, `speaker ${speaker} in the answer`).toContain(speaker);
    }
    await result.screenshot({ path: path.join(REPO_ROOT, 'test-artifacts', 'neo4j-browser-4-who-said-what-about-trump.png') });
  });

  it('draws the graph in the style sheet colours', async () => {
    const guide = frameFor(page, `:play ${apiOrigin}/browser/guide.html`);
    // Back to the first slide and its runnable picture of the model's pattern.
    await guide.locator('button.previous-slide').first().click();
    const pattern = guide.locator('pre.runnable:visible', { hasText: 'RETURN path' }).first();
    await pattern.click();
    await page.click('[data-testid="editor-Run"]');
    const result = frameFor(page, 'MATCH path = (speaker:Actor)');
    await result.locator('svg circle').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(3000); // let the force layout settle before the screenshot
    const fills = new Set(
      (await result.locator('svg circle').evaluateAll((els) => els.map((e) => e.getAttribute('fill') ?? ''))).map((f) => f.toUpperCase()),
    );
    for (const label of ['Person', 'Statement', 'State', 'Organization', 'Group']) {
      expect([...fills], `a ${label} node drawn in ${styleColour(label)}`).toContain(styleColour(label));
    }
    await result.screenshot({ path: path.join(REPO_ROOT, 'test-artifacts', 'neo4j-browser-5-graph.png') });

    // Statements told apart at a glance: their circles show different words (cue type and the
    // start of the content), not a row of identical cue types.
    const statementFill = styleColour('Statement');
    // A node is a group holding its circle and caption lines; a relationship's caption is a text
    // whose group holds no circle.
    const captions = await result.locator('svg circle').evaluateAll(
      (circles, fill) =>
        circles
          .filter((c) => c.getAttribute('fill')?.toUpperCase() === fill)
          .map((c) => Array.from(c.parentElement!.querySelectorAll('text')).map((t) => t.textContent ?? '').join(' ').trim()),
      statementFill,
    );
    // Relationship captions at the default zoom: which boxes overlap.
    const boxes = await result.locator('svg text').evaluateAll((texts) =>
      texts.filter((t) => (t.textContent ?? '').trim() && !t.parentElement?.querySelector('circle')).map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent!, x: r.x, y: r.y, w: r.width, h: r.height };
      }),
    );
    expect(boxes.length, 'relationship captions drawn').toBeGreaterThan(0);
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) overlaps.push(`"${a.text}" / "${b.text}"`);
      }
    }
    await writeFile(path.join(REPO_ROOT, 'test-artifacts', 'neo4j-browser-5-graph-captions.json'), JSON.stringify({ captions, boxes, overlaps }, null, 1));
    expect(captions.length, 'statement nodes drawn').toBeGreaterThanOrEqual(2);
    for (const caption of captions) expect(caption).toMatch(/^[a-z_]+: \S/);
    expect(new Set(captions).size, captions.join(' | ')).toBeGreaterThan(1);
    // Known gap, measured, not asserted: where edges cross near the busiest actors some captions
    // still touch (one run each: 8 overlapping pairs of 49 captions with the old style, 5 with
    // this one; the force layout differs run to run). The pairs are in the JSON beside the PNG.
  });

  it('never reached outside loopback', () => {
    // The Browser tries web fonts and telemetry on the internet; the launcher refuses them, so
    // everything checked above came from this machine.
    expect(browser!.leakedRequests).toEqual([]);
    for (const url of browser!.blockedRequests) expect(new URL(url).hostname).not.toMatch(/^(localhost|127\.)/);
  });
});
