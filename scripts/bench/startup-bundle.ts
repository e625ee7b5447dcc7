/**
 * What the built app loads before its first page, read from Vite's manifest
 * (dist/.vite/manifest.json): the entry of index.html and every chunk it imports
 * statically, each gzipped. Everything else is a lazy chunk, loaded when asked. Shared by
 * the bench and the size budget of `npm test`, so both count the same bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  readonly file: string;
  readonly src?: string;
  readonly name?: string;
  readonly isEntry?: boolean;
  readonly isDynamicEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}

export interface Chunk {
  readonly file: string;
  readonly name: string;
  /** The source file a chunk of its own was made for (a lazy page, a rate card), if any. */
  readonly src?: string | undefined;
  /** Bytes gzipped at zlib's default level (6), as a server would send them. */
  readonly gzip: number;
  /** The source modules the chunk holds, from its source map (empty without one). */
  readonly modules: readonly string[];
}

/** A module loaded with import() (a page, a part of one, a rate card) and what it waits for. */
export interface OnDemand {
  readonly src: string;
  /** The script files it loads beyond start-up: its own chunk and those it imports statically. */
  readonly files: readonly string[];
}

export interface Bundle {
  readonly startup: readonly Chunk[];
  readonly lazy: readonly Chunk[];
  readonly startupGzip: number;
  readonly onDemand: readonly OnDemand[];
}

/** The PDF renderer and the app's PDF code, which start-up must never carry. */
export const PDF_MODULE = /node_modules\/@react-pdf\/|src\/io\/pdf\//;

function chunk(outDir: string, entry: ManifestChunk): Chunk {
  const path = join(outDir, entry.file);
  const map = `${path}.map`;
  const modules = existsSync(map)
    ? (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources
    : [];
  return {
    file: entry.file,
    name: entry.name ?? entry.src ?? entry.file,
    src: entry.src,
    gzip: gzipSync(readFileSync(path)).length,
    modules,
  };
}

export function readBundle(outDir: string): Bundle {
  const manifestPath = join(outDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath))
    throw new Error(`${manifestPath} is missing: build with build.manifest on`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.keys(manifest).find(
    (key) => manifest[key]?.isEntry === true && key.endsWith('index.html'),
  );
  if (entry === undefined) throw new Error('the manifest has no entry for index.html');
  // Follow static imports only: dynamic ones load when asked, not at start-up.
  const staticallyFrom = (key: string, into = new Set<string>()): Set<string> => {
    if (into.has(key)) return into;
    into.add(key);
    for (const next of manifest[key]?.imports ?? []) staticallyFrom(next, into);
    return into;
  };
  const startupKeys = staticallyFrom(entry);
  const scripts = Object.entries(manifest).filter(([, value]) => value.file.endsWith('.js'));
  const startup = scripts
    .filter(([key]) => startupKeys.has(key))
    .map(([, value]) => chunk(outDir, value));
  const lazy = scripts
    .filter(([key]) => !startupKeys.has(key))
    .map(([, value]) => chunk(outDir, value));
  const onDemand = Object.entries(manifest)
    .filter(([, value]) => value.isDynamicEntry === true && value.file.endsWith('.js'))
    .map(([key, value]) => ({
      src: value.src ?? key,
      files: [...staticallyFrom(key)]
        .filter((loaded) => !startupKeys.has(loaded))
        .map((loaded) => manifest[loaded]?.file ?? loaded),
    }));
  return {
    startup,
    lazy,
    startupGzip: startup.reduce((sum, item) => sum + item.gzip, 0),
    onDemand,
  };
}

export const kilobytes = (bytes: number): number => Math.round((bytes / 1000) * 10) / 10;
