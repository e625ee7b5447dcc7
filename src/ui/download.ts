/** Saves text as a file on the person's device: made in the page, nothing is uploaded. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** The same for a file already made as a Blob, such as the PDF. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Characters of text made into bytes at a time by TextFile: about a megabyte. */
export const TEXT_FILE_PART = 1 << 20;

/**
 * A file's text gathered piece by piece, as a file too large to write in one task is. The
 * text is made bytes a part of about a megabyte at a time, in the task that adds it: making
 * bytes of a nation's 64 MB CSV at the end was a task of a third of a second, and a Blob
 * of its 800 pieces each made bytes on its own still took 60 to 90 ms to put together.
 */
export class TextFile {
  private readonly parts: Blob[] = [];
  private pending = '';

  constructor(private readonly partLength = TEXT_FILE_PART) {}

  add(text: string): void {
    this.pending += text;
    if (this.pending.length >= this.partLength) this.flush();
  }

  /** The whole text so far, as a file of `type`. */
  blob(type: string): Blob {
    this.flush();
    return new Blob(this.parts, { type });
  }

  /** How many parts the text is kept in. */
  get partCount(): number {
    return this.parts.length + (this.pending === '' ? 0 : 1);
  }

  private flush(): void {
    if (this.pending === '') return;
    this.parts.push(new Blob([this.pending]));
    this.pending = '';
  }
}
