/** An input the extractor cannot work on (empty, not Arabic or English): one clear message, no partial result. */
export class ExtractionError extends Error {
  constructor(
    readonly code: 'UNSUPPORTED_LANGUAGE' | 'EMPTY_INPUT',
    message: string,
  ) {
    super(message);
    this.name = 'ExtractionError';
  }
}
