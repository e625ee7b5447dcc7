/**
 * Reading a benchmark file with the rules every file here is read by: a size and depth
 * limit before parsing, UTF-8 only, the format and version gate, then the strict schema.
 */
import { parseJsonBytes, type JsonLimits } from '../json-text';
import type { Result } from '../problems';
import { readDocument } from '../read';
import {
  BENCHMARK_FORMAT,
  BENCHMARK_VERSION,
  benchmarkSchema,
  type Benchmark,
} from './benchmark-schema';

/** A benchmark is a few kilobytes; a megabyte is far more than any real one. */
export const BENCHMARK_FILE_LIMITS: JsonLimits = { maxLength: 1_000_000, maxDepth: 8 };

export function readBenchmark(data: unknown): Result<Benchmark> {
  return readDocument(data, {
    format: BENCHMARK_FORMAT,
    version: BENCHMARK_VERSION,
    migrations: {},
    schema: benchmarkSchema,
    rules: () => [],
  });
}

export function readBenchmarkBytes(bytes: Uint8Array): Result<Benchmark> {
  const json = parseJsonBytes(bytes, BENCHMARK_FILE_LIMITS);
  return json.ok ? readBenchmark(json.value) : json;
}
