// RSS and Atom feeds: each item is an article. rss-parser handles both dialects; the item body is
// the fullest text the feed carries (content:encoded, then content/description), as plain text.
import Parser from 'rss-parser';
import { htmlFragmentToText } from './html.ts';
import { completeRecord } from './record.ts';
import { reject, type IngestItem, type RecordDefaults } from './types.ts';

type FeedItem = Parser.Item & { 'content:encoded'?: string; id?: string };

/** The item's own id: RSS guid or Atom id (rss-parser keeps both as read). */
function itemId(item: FeedItem): { id?: string } {
  const id = (typeof item.guid === 'string' ? item.guid : typeof item.id === 'string' ? item.id : '').trim();
  return id ? { id } : {};
}

const parser = new Parser<{ language?: string }, FeedItem>({ customFields: { feed: ['language'] } });

/** Items of a feed document, in feed order; a feed that does not parse is one reject. */
export async function readFeed(xml: string, file: string, defaults: RecordDefaults = {}): Promise<IngestItem[]> {
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(xml);
  } catch (err) {
    return [reject(`not a readable RSS/Atom feed: ${(err as Error).message.split('\n')[0]}`, { file })];
  }
  const feedOutlet = feed.title?.trim() || undefined;
  return feed.items.map((item, index) => {
    const body = item['content:encoded'] ?? item.content ?? item.summary ?? '';
    return completeRecord(
      {
        url: item.link ?? null,
        title: item.title ?? null,
        text: htmlFragmentToText(body),
        publishedAt: item.isoDate ?? item.pubDate ?? null,
        outlet: feedOutlet ?? null,
        language: feed.language ?? null,
      },
      { file, item: index + 1, ...itemId(item) },
      defaults,
    );
  });
}
