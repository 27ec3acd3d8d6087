// The playground: GraphiQL served by this server from the INSTALLED packages (graphiql's UMD build,
// React 18's UMD builds, the explorer plugin's UMD build), so it works with no network beyond the
// machine. Preloaded with the questions the project exists to answer, one per tab.
//
// The explorer (@graphiql/plugin-explorer, pinned to 4.x: the line built for graphiql 4 and
// @graphiql/react 0.34) builds a query by ticking fields and filling arguments: the way in for a
// journalist who has never written GraphQL. Its UMD build reads React and graphql from the ones
// graphiql's UMD build exposes (window.GraphiQL.React, window.GraphiQL.GraphQL), so there is one
// copy of each on the page.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Router } from 'express';
import express from 'express';

const require = createRequire(import.meta.url);

function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

/** URL path under /playground/ -> [file on disk, content type]. */
const ASSETS: Record<string, [string, string]> = {
  'react.js': [packageFile('react', 'umd/react.production.min.js'), 'text/javascript; charset=utf-8'],
  'react-dom.js': [packageFile('react-dom', 'umd/react-dom.production.min.js'), 'text/javascript; charset=utf-8'],
  'graphiql.js': [packageFile('graphiql', 'dist/index.umd.js'), 'text/javascript; charset=utf-8'],
  'graphiql.css': [packageFile('graphiql', 'dist/style.css'), 'text/css; charset=utf-8'],
  'explorer.js': [packageFile('@graphiql/plugin-explorer', 'dist/index.umd.js'), 'text/javascript; charset=utf-8'],
  'explorer.css': [packageFile('@graphiql/plugin-explorer', 'dist/style.css'), 'text/css; charset=utf-8'],
  'boot.js': [path.join(import.meta.dirname, 'playground-boot.js'), 'text/javascript; charset=utf-8'],
};

export const EXAMPLE_TABS = [
  {
    query: `# Who said what about Trump? Any name works: try "ترامب" or "Donald Trump".
query WhoSaidWhatAboutTrump {
  whoSaidWhatAbout(about: "Trump", first: 20) {
    totalCount
    nodes {
      speaker { name kind }
      cue
      cueType
      direct
      content
      date
      evidence { sentence }
      article { title url publishedAt }
    }
  }
}
`,
  },
  {
    query: `# What the Kremlin said, about whom, to whom.
query WhatTheKremlinSaid {
  actor(name: "Kremlin") {
    name
    aliases
    speaksFor { name }
    statements(first: 20) {
      totalCount
      nodes {
        cueType
        content
        about { name }
        addressees { name }
        date
        children { speaker { name } cueType content }
      }
    }
  }
}
`,
  },
  {
    query: `# Putin's network: whom he talks about, who talks about him, who speaks for him.
query PutinsNetwork {
  actor(name: "Putin") {
    name
    saidAbout { actor { name } count cueTypes { cueType count } firstDate lastDate }
    spokenAboutBy {
      actor { name }
      count
      lastDate
      statements(first: 3) { cueType content }
    }
    spokenForBy { name }
  }
}
`,
  },
  {
    query: `# Claims: what most outlets carried, who reported it first, and who denied it.
query ClaimsAcrossOutlets {
  claims(orderBy: OUTLETS_DESC, first: 10) {
    totalCount
    nodes {
      speaker { name }
      content
      outletCount
      independentCount
      outlets { name }
      firstReported { date article { title url } }
      reports(first: 5) { nodes { content direct article { title outlet { name } } } }
      responses { cueType link statement { speaker { name } content article { title } } }
    }
  }
}
`,
  },
];

export interface PlaygroundOptions {
  /** Where the GraphQL endpoint is, relative to the page. */
  endpoint: string;
  neo4jBrowserUrl: string;
}

/** The page's only script is boot.js (same origin): a strict Content-Security-Policy can hold. */
export function playgroundHtml(options: PlaygroundOptions): string {
  const config = JSON.stringify({ endpoint: options.endpoint, tabs: EXAMPLE_TABS })
    // Inside <script type="application/json">, "</" must not end the element early.
    .replace(/</g, '\\u003c');
  const browser = escapeHtml(options.neo4jBrowserUrl);
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>claimgraph: who said what about whom</title>
  <link rel="stylesheet" href="/playground/graphiql.css">
  <link rel="stylesheet" href="/playground/explorer.css">
  <style>
    html, body { height: 100%; margin: 0; }
    body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
    header { display: flex; gap: 1.5em; align-items: baseline; padding: 6px 14px; background: #1f2937; color: #f9fafb; }
    header a { color: #93c5fd; }
    #graphiql { flex: 1; min-height: 0; }
  </style>
</head>
<body>
  <header>
    <strong>claimgraph</strong>
    <span>who said what about whom</span>
    <a href="${browser}" target="_blank" rel="noopener">Neo4j Browser</a>
    <a href="/browser/guide.html" target="_blank" rel="noopener">Browser guide</a>
    <a href="/health" target="_blank" rel="noopener">health</a>
  </header>
  <div id="graphiql">Loading the playground…</div>
  <script id="playground-config" type="application/json">${config}</script>
  <script src="/playground/react.js"></script>
  <script src="/playground/react-dom.js"></script>
  <script src="/playground/graphiql.js"></script>
  <script src="/playground/explorer.js"></script>
  <script src="/playground/boot.js"></script>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export const PLAYGROUND_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // GraphiQL sets inline styles from React.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Serves /playground/* from memory (read once, at start). */
export async function playgroundAssets(): Promise<Router> {
  const router = express.Router();
  const loaded = await Promise.all(
    Object.entries(ASSETS).map(async ([name, [file, type]]) => [name, await readFile(file), type] as const),
  );
  for (const [name, body, type] of loaded) {
    router.get(`/${name}`, (_req, res) => {
      res.set('Content-Type', type).set('Cache-Control', 'public, max-age=3600').send(body);
    });
  }
  return router;
}
