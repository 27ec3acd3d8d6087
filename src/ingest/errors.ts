/** A whole input (file, URL) that cannot be read as articles: becomes one reject, never a crash. */
export class InputFormatError extends Error {
  override name = 'InputFormatError';
}
