/**
 * Where a JSON text first stops being JSON, as an offset. Node 20's JSON.parse names no
 * position for "Unexpected token" errors, so this small scanner finds it, only after
 * JSON.parse has already failed. Nesting was bounded before parsing, so recursion is safe.
 */
export function jsonErrorOffset(text: string): number {
  const scanner = new Scanner(text);
  try {
    scanner.value();
    scanner.whitespace();
    if (scanner.at < text.length) return scanner.at;
    return text.length;
  } catch (error) {
    if (error instanceof ScanError) return error.at;
    throw error;
  }
}

class ScanError extends Error {
  constructor(readonly at: number) {
    super(`JSON stops at ${at}`);
  }
}

const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

class Scanner {
  at = 0;
  constructor(private readonly text: string) {}

  whitespace(): void {
    while (/[ \t\r\n]/.test(this.text.charAt(this.at))) this.at++;
  }

  private fail(): never {
    throw new ScanError(this.at);
  }

  private expect(char: string): void {
    this.whitespace();
    if (this.text.charAt(this.at) !== char) this.fail();
    this.at++;
  }

  value(): void {
    this.whitespace();
    const char = this.text.charAt(this.at);
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    const literal = LITERALS.find((word) => this.text.startsWith(word, this.at));
    if (literal !== undefined) {
      this.at += literal.length;
      return;
    }
    NUMBER.lastIndex = this.at;
    const number = NUMBER.exec(this.text);
    if (number === null || number[0] === '') this.fail();
    this.at += number[0].length;
  }

  private object(): void {
    this.at++; // {
    this.whitespace();
    if (this.text.charAt(this.at) === '}') {
      this.at++;
      return;
    }
    for (;;) {
      this.whitespace();
      if (this.text.charAt(this.at) !== '"') this.fail();
      this.string();
      this.expect(':');
      this.value();
      this.whitespace();
      const next = this.text.charAt(this.at++);
      if (next === '}') return;
      if (next !== ',') this.failAtSeparator();
    }
  }

  private array(): void {
    this.at++; // [
    this.whitespace();
    if (this.text.charAt(this.at) === ']') {
      this.at++;
      return;
    }
    for (;;) {
      this.value();
      this.whitespace();
      const next = this.text.charAt(this.at++);
      if (next === ']') return;
      if (next !== ',') this.failAtSeparator();
    }
  }

  /** A wrong separator: point at it, not past it. */
  private failAtSeparator(): never {
    this.at--;
    this.fail();
  }

  private string(): void {
    this.at++; // opening quote
    for (;;) {
      if (this.at >= this.text.length) this.fail();
      const code = this.text.charCodeAt(this.at);
      if (code === 0x22) {
        this.at++;
        return;
      }
      if (code < 0x20) this.fail(); // raw control characters are not allowed in strings
      if (code === 0x5c) {
        const escape = this.text.charAt(this.at + 1);
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))) this.fail();
          this.at += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(escape) || escape === '') this.fail();
        this.at += 2;
        continue;
      }
      this.at++;
    }
  }
}
