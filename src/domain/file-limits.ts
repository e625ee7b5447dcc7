/**
 * How large a file a person chooses may be, checked by its size before its text is read.
 * Apart from the JSON reading (json-text.ts), which carries the UTF-8 decoder and the
 * parse-error positions: the start page checks a file's size as it is chosen, and reads it
 * with json-text.ts only once it is opened (loaded with the file, not at start-up).
 */
import { problem, type Problem } from './problems';

export interface JsonLimits {
  /** Largest file, in bytes on disk (and, for text given as a string, in UTF-16 units). */
  readonly maxLength: number;
  readonly maxDepth: number;
}

export const BUDGET_FILE_LIMITS: JsonLimits = { maxLength: 5_000_000, maxDepth: 16 };
export const RATE_CARD_FILE_LIMITS: JsonLimits = { maxLength: 2_000_000, maxDepth: 16 };

/** A file larger than the limit, refused by its size: checked before its text is read. */
export function fileSizeProblem(
  bytes: number,
  limits: Pick<JsonLimits, 'maxLength'>,
): Problem | null {
  if (bytes <= limits.maxLength) return null;
  return problem([], 'validation.tooLarge', {
    size: megabytes(bytes),
    max: megabytes(limits.maxLength),
  });
}

/** A file found larger than the limit while reading it, whatever size it claimed to be. */
export function readPastLimitProblem(limits: Pick<JsonLimits, 'maxLength'>): Problem {
  return problem([], 'validation.tooLargeRead', { max: megabytes(limits.maxLength) });
}

function megabytes(length: number): string {
  return `${(length / 1_000_000).toFixed(1)} MB`;
}
