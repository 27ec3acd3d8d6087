// An HTML page to an article draft: Mozilla Readability (the engine of Firefox's reader view)
// finds the main text, linkedom gives it a DOM without a browser. Paragraph breaks are kept as
// line breaks because the extractor segments sentences and paragraphs on them.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DraftRecord } from './record.ts';

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'PRE', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'ASIDE', 'DL', 'DT', 'DD',
]);

interface MinimalNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MinimalNode>;
}

/** Text of a DOM subtree with one line per block element and <br>. */
function blockText(root: MinimalNode): string {
  const parts: string[] = [];
  const walk = (node: MinimalNode): void => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT') return;
    if (name === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCK_TAGS.has(name);
    if (block) parts.push('\n');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** Plain text of an HTML fragment (feed item bodies, `html` fields of JSON records). */
export function htmlFragmentToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return blockText(document.body as unknown as MinimalNode);
}

function meta(document: Document, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content') ?? document.querySelector(selector)?.getAttribute('href');
    if (value?.trim()) return value.trim();
  }
  return undefined;
}

/** "Minister denies report - Daily Wire" -> "Minister denies report" when the site is Daily Wire. */
function withoutSiteName(title: string | undefined, siteName: string | undefined): string | undefined {
  if (!title || !siteName) return title;
  const suffix = new RegExp(`\\s*[-–—|:]\\s*${siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'u');
  const stripped = title.replace(suffix, '').trim();
  return stripped || title;
}

/**
 * The main text of a page, its title, and what the page says about itself (canonical URL,
 * publication time, site name). `pageUrl` is where it was fetched from, used when the page names
 * no canonical URL.
 */
export function htmlPageToDraft(html: string, pageUrl?: string): DraftRecord {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  // Read metadata before Readability, which rewrites the document it is given.
  const canonical = meta(doc, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const published = meta(doc, [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[name="pubdate"]',
    'meta[name="date"]',
    'meta[itemprop="datePublished"]',
  ]) ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const siteName = meta(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const language = doc.documentElement?.getAttribute('lang') ?? undefined;
  const fallbackTitle = doc.querySelector('title')?.textContent?.trim() || undefined;

  const parsed = new Readability(doc).parse();
  let text = '';
  if (parsed?.content) text = htmlFragmentToText(parsed.content);
  if (!text && doc.body) text = blockText(doc.body as unknown as MinimalNode);

  const outlet = siteName ?? parsed?.siteName ?? undefined;
  const url = canonical && pageUrl ? new URL(canonical, pageUrl).toString() : canonical && URL.canParse(canonical) ? canonical : pageUrl;
  return {
    url: url ?? null,
    title: withoutSiteName(parsed?.title?.trim() || fallbackTitle, outlet) ?? null,
    text,
    publishedAt: published ?? parsed?.publishedTime ?? null,
    outlet: outlet ?? null,
    language: language ?? null,
  };
}
