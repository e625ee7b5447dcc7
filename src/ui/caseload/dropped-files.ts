/**
 * Files from the file pickers and from drag and drop, named by their path within any
 * folder chosen, so two files of the same name in different folders stay apart. A folder
 * is read through the File and Directory Entries API (webkitGetAsEntry), the only way a
 * browser hands over a dropped folder's contents; inside folders only `.json` files are
 * taken, so a folder's other files (notes, spreadsheets) are passed over, not refused.
 */
import type { NamedFile } from '../../workers/caseload/caseload-jobs';

const isJson = (name: string) => name.toLowerCase().endsWith('.json');

/** From an <input type="file"> with or without webkitdirectory. */
export function filesFromInput(files: FileList | null): NamedFile[] {
  // `||`, not `??`: the path is '' for a file chosen on its own (and absent in some browsers).
  const pathOf = (file: File): string => file.webkitRelativePath || '';
  return Array.from(files ?? [])
    .filter((file) => pathOf(file) === '' || isJson(file.name))
    .map((file) => ({ name: pathOf(file) || file.name, file }));
}

/** From a drop: files as they are, folders walked for their `.json` files. */
export async function filesFromDrop(transfer: DataTransfer): Promise<NamedFile[]> {
  const entries = Array.from(transfer.items)
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null))
    .filter((entry): entry is FileSystemEntry => entry !== null);
  // A browser without entries gives the dropped files themselves (never folders).
  if (entries.length === 0)
    return Array.from(transfer.files).map((file) => ({ name: file.name, file }));
  const found: NamedFile[] = [];
  for (const entry of entries) await walk(entry, found, false);
  return found;
}

async function walk(entry: FileSystemEntry, found: NamedFile[], inFolder: boolean): Promise<void> {
  if (isFile(entry)) {
    if (inFolder && !isJson(entry.name)) return;
    const file = await new Promise<File>((resolve, reject) => entry.file(resolve, reject));
    found.push({ name: entry.fullPath.replace(/^\//, ''), file });
  } else if (isDirectory(entry)) {
    for (const child of await readAll(entry.createReader())) await walk(child, found, true);
  }
}

/** readEntries gives a folder's entries in batches (100 in Chromium) until an empty one. */
async function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

const isFile = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;
const isDirectory = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry =>
  entry.isDirectory;
