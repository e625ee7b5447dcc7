/**
 * A large download's text is kept as a few parts of about a megabyte each, made bytes as
 * they fill (src/ui/download.ts): the file is the text added, in order, whatever its size.
 */
import { describe, expect, it } from 'vitest';
import { TextFile } from '../../src/ui/download';

const pieceOf = (index: number) => `${String(index).padStart(4, '0')},£${'x'.repeat(95)}\r\n`;

describe('a file gathered piece by piece', () => {
  it('is the pieces’ text, in order, in a few parts', async () => {
    const file = new TextFile(1000);
    const pieces = Array.from({ length: 55 }, (_, index) => pieceOf(index));
    for (const piece of pieces) file.add(piece);
    // 102 characters a piece: a part is made each time 1,000 are gathered, then what is left.
    expect(file.partCount).toBe(6);
    const blob = file.blob('text/csv;charset=utf-8');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(await blob.text()).toBe(pieces.join(''));
    // "£" is two bytes in UTF-8.
    expect(blob.size).toBe(pieces.join('').length + 55);
  });

  it('is empty with nothing added', async () => {
    const file = new TextFile();
    expect(file.partCount).toBe(0);
    expect(await file.blob('text/plain').text()).toBe('');
  });

  it('keeps text added after it was made into a file', async () => {
    const file = new TextFile(10);
    file.add('first,');
    expect(await file.blob('text/plain').text()).toBe('first,');
    file.add('second');
    expect(await file.blob('text/plain').text()).toBe('first,second');
  });
});
