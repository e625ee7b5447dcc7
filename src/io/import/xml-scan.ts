/**
 * Just enough XML to read a workbook's sheets, in one pass over the text with patterns
 * that cannot backtrack: tags with their attributes, and the text between them. A
 * document type or entity declaration is refused (they are how "billion laughs" and
 * external-entity attacks work, and a spreadsheet never needs one); so is CDATA, which
 * Excel and LibreOffice do not write.
 */
export type XmlEvent =
  | {
      readonly kind: 'open';
      readonly name: string;
      readonly attributes: ReadonlyMap<string, string>;
      readonly selfClosing: boolean;
    }
  | { readonly kind: 'close'; readonly name: string }
  | { readonly kind: 'text'; readonly text: string };

export class XmlRefused extends Error {}

const TAG = /<(\/?)([A-Za-z_][\w:.-]*)([^<>]*?)(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->|<!/g;
const ATTRIBUTE = /([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;

/** Calls `visit` for every tag and run of text, in order. */
export function scanXml(xml: string, visit: (event: XmlEvent) => void): void {
  let at = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(xml); match !== null; match = TAG.exec(xml)) {
    if (match[0] === '<!') throw new XmlRefused('declaration');
    if (match.index > at) visit({ kind: 'text', text: decodeEntities(xml.slice(at, match.index)) });
    at = match.index + match[0].length;
    const name = match[2];
    if (name === undefined) continue; // a processing instruction or comment
    if (match[1] === '/') visit({ kind: 'close', name: localName(name) });
    else {
      const selfClosing = match[4] === '/';
      visit({
        kind: 'open',
        name: localName(name),
        attributes: attributesOf(match[3] ?? ''),
        selfClosing,
      });
      if (selfClosing) visit({ kind: 'close', name: localName(name) });
    }
  }
  if (at < xml.length && xml.slice(at).includes('<')) throw new XmlRefused('unclosed tag');
}

/** `x:row` is `row`: workbooks may put their elements in a namespace of any prefix. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function attributesOf(text: string): Map<string, string> {
  const found = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(text); match !== null; match = ATTRIBUTE.exec(text)) {
    found.set(match[1] ?? '', decodeEntities(match[2] ?? match[3] ?? ''));
  }
  return found;
}

const NAMED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9A-Fa-f]{1,6}|#\d{1,7}|[a-z]{2,4});/g, (whole, entity: string) => {
    if (entity.startsWith('#')) {
      const code = entity.startsWith('#x')
        ? Number.parseInt(entity.slice(2), 16)
        : Number.parseInt(entity.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[entity] ?? whole;
  });
}
