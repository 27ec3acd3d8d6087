// Fetching a page or feed for import: bounded in time and size, because a URL on the command
// line can point at anything (a stalled server, a video). Loopback URLs work, so tests use a
// local server.
import { InputFormatError } from './errors.ts';

export interface FetchLimits {
  /** Whole request, headers and body. */
  timeoutMs: number;
  maxBytes: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024 };

export interface FetchedDocument {
  /** The final URL after redirects. */
  url: string;
  contentType: string;
  text: string;
}

function charsetOf(contentType: string): string {
  return /charset=["']?([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? 'utf-8';
}

export async function fetchDocument(url: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<FetchedDocument> {
  let response: Response;
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    response = await fetch(url, {
      signal,
      redirect: 'follow',
      headers: { accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,application/json;q=0.8,text/plain;q=0.7,*/*;q=0.5', 'user-agent': 'claimgraph-import' },
    });
  } catch (err) {
    const reason = signal.aborted ? `timed out after ${limits.timeoutMs} ms` : ((err as Error & { cause?: Error }).cause?.message ?? (err as Error).message);
    throw new InputFormatError(`cannot fetch: ${reason}`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new InputFormatError(`cannot fetch: HTTP ${response.status} ${response.statusText}`.trim());
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limits.maxBytes) {
    await response.body?.cancel();
    throw new InputFormatError(`too large: ${declared} bytes (limit ${limits.maxBytes})`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const reader = response.body?.getReader();
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limits.maxBytes) {
        await reader.cancel();
        throw new InputFormatError(`too large: more than ${limits.maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof InputFormatError) throw err;
    throw new InputFormatError(signal.aborted ? `timed out after ${limits.timeoutMs} ms` : `cannot fetch: ${(err as Error).message}`);
  }
  const contentType = response.headers.get('content-type') ?? '';
  const charset = charsetOf(contentType);
  let text: string;
  try {
    text = new TextDecoder(charset, { fatal: true }).decode(Buffer.concat(chunks));
  } catch (err) {
    throw new InputFormatError(err instanceof RangeError ? `unsupported charset "${charset}"` : `not valid ${charset} text`);
  }
  return { url: response.url || url, contentType: contentType.toLowerCase(), text };
}
