// Pages stay put while the graph changes: read a page, import articles (one newer than everything
// read, one older than everything, one in the middle of the pages not yet read), read on: no row
// comes twice and no row of the list as it was is skipped. Offset cursors fail this (a row inserted
// before the cursor pushes the last row of page 1 onto page 2); keyset cursors on the list's order
// (src/graph/read/keyset.ts) do not. Real server, real importer, real Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/types.ts';
import type { Graph } from '../../src/graph/connection.ts';
import { deleteArticle } from '../../src/graph/delete-article.ts';
import { articleId } from '../../src/graph/identity.ts';
import { importArticles } from '../../src/import/import-articles.ts';
import { openGraph } from '../import/graph-under-test.ts';
import { startTestApi, type TestApi } from './api-under-test.ts';

const RUN = `${process.pid}-${Date.now()}`;
const SPEAKER = { id: `orla-quennell-${RUN}`, name: `Orla Quennell ${RUN}` };

interface Composed {
  url: string;
  text: string;
  publishedAt: string;
}

/** A composed one-sentence article by SPEAKER, published on `day` (2026-01-DD). */
function article(key: string, day: number): Composed {
  const dd = String(day).padStart(2, '0');
  return {
    url: `https://claimgraph.test/pages/${RUN}/${key}`,
    text: `${SPEAKER.name} said the harbour of pier ${key} would reopen.`,
    publishedAt: `2026-01-${dd}`,
  };
}

/** The extraction of a composed article, written by hand: this tests pages, not the extractor. */
function extraction(text: string, publishedAt: string): Extraction {
  const content = text.slice(text.indexOf('the harbour'), -1);
  return {
    language: 'en',
    title: text,
    outlet: null,
    publishedAt,
    actors: [{ id: SPEAKER.id, name: SPEAKER.name, kind: 'PERSON', aliases: [], mentions: [[0, SPEAKER.name.length]] }],
    statements: [
      { id: 's1', speaker: SPEAKER.id, speakerText: SPEAKER.name, cue: 'said', cueType: 'SAY', content, direct: false, about: [], addressees: [], via: [], date: null, span: [0, text.length], parent: null },
    ],
  };
}

let graph: Graph;
let t: TestApi;
const imported: Composed[] = [];

async function importComposed(items: Composed[]): Promise<void> {
  const rejects: string[] = [];
  await importArticles(graph, items, {
    extract: (text) => {
      const item = items.find((a) => text.includes(a.text))!;
      return extraction(text, item.publishedAt);
    },
    extractorVersion: `pages-test-${RUN}`,
    onReject: (r) => rejects.push(r.reason),
  });
  expect(rejects).toEqual([]);
  imported.push(...items);
}

beforeAll(async () => {
  graph = await openGraph();
  t = await startTestApi({}, graph);
  // Days 10..21, two articles on day 15 (equal keys: the id breaks the tie).
  await importComposed([...Array.from({ length: 12 }, (_, i) => article(`a${i}`, 10 + i)), article('a15b', 15)]);
});
afterAll(async () => {
  for (const a of imported) await deleteArticle(graph, articleId({ url: a.url, text: a.text }));
  await t?.close();
  await graph?.close();
});

const Q = `query ($speaker: String, $after: String, $orderBy: StatementOrder) {
  statements(filter: {speaker: $speaker}, orderBy: $orderBy, first: 3, after: $after) {
    pageInfo { hasNextPage endCursor } nodes { id content }
  }
}`;

async function page(orderBy: string, after: string | null) {
  const res = await t.gql<{ statements: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string; content: string }[] } }>(Q, { speaker: SPEAKER.name, after, orderBy });
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data!.statements;
}

describe('pages while articles are imported between them', () => {
  for (const orderBy of ['DATE_DESC', 'DATE_ASC']) {
    it(`${orderBy}: no row twice, none of the list as it was skipped`, async () => {
      const before: string[] = [];
      for (let after: string | null = null; ; ) {
        const p = await page(orderBy, after);
        before.push(...p.nodes.map((n) => n.id));
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
      }
      expect(new Set(before).size).toBe(before.length);

      const seen: string[] = [];
      const first = await page(orderBy, null);
      seen.push(...first.nodes.map((n) => n.id));
      // Between page 1 and page 2: one article before everything read, one after everything, one
      // on the day of the rows at the page boundary region.
      const key = `${orderBy}-${RUN}`;
      await importComposed([article(`${key}-early`, 1), article(`${key}-late`, 28), article(`${key}-mid`, 17)]);
      for (let after = first.pageInfo.endCursor; after; ) {
        const p = await page(orderBy, after);
        seen.push(...p.nodes.map((n) => n.id));
        after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
      }

      const twice = seen.filter((id, i) => seen.indexOf(id) !== i);
      expect(twice, 'rows read twice').toEqual([]);
      const skipped = before.filter((id) => !seen.includes(id));
      expect(skipped, 'rows of the list as it was, skipped').toEqual([]);
      // The row inserted after the pages already read is found; the one before them is not re-read.
      expect(seen.length).toBe(before.length + 2);
    });
  }
});
