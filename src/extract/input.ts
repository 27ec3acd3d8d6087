// Reading an article for the CLI: strict UTF-8 (invalid bytes are an error, not U+FFFD garbage),
// no binary files, '-' for standard input.
import { readFile } from 'node:fs/promises';

export class InputError extends Error {
  override name = 'InputError';
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Decodes bytes as UTF-8 text or throws an InputError that names the source. */
export function decodeArticle(bytes: Uint8Array, source: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${source}: not valid UTF-8 text`);
  }
  // NUL bytes (and many other control characters) mean a binary file, not an article.
  const controls = text.slice(0, 65_536).match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  if (text.includes('\u0000') || controls > 16) throw new InputError(`${source}: looks like a binary file, not article text`);
  return text;
}

export async function readArticleText(file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await readStdin() : await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message}`);
  }
  return decodeArticle(bytes, file === '-' ? 'standard input' : file);
}
