/**
 * Names in other scripts (audit, issue 21, finding 8): the PDF prints Greek, Cyrillic,
 * Vietnamese, Devanagari and Bengali in fonts that have them, read back by pdftotext as
 * typed; text in a script it has no font for is refused before anything is laid out,
 * naming the field and the script, in the app's words and the command's, in English and
 * Welsh. Never junk.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { coverageModule, shippedFont } from '../../scripts/pdf-font-coverage';
import { createI18n } from '../../src/i18n';
import { FACES } from '../../src/io/pdf/fonts';
import { budgetPdfBuffer } from '../../src/io/pdf/pdf-node';
import type { Budget } from '../../src/domain/schema/budget';
import { printable, scriptOf, type ScriptKey } from '../../src/io/pdf/printable';
import { describeRefusal } from '../../src/io/pdf/refusal-message';
import { budget, carer, expense, price, ROOT, visits } from '../helpers/builders';
import {
  pricePdf,
  render,
  RENDER_TIMEOUT,
  withPdfFolder,
  type Rendered,
} from '../helpers/pdf-render';

withPdfFolder();

const families = (fields: Partial<Budget>) => {
  const result = printable(price(fields));
  return result.ok ? result.faces.map((face) => face.family) : result.unprintable;
};

describe('the fonts the PDF can use', () => {
  it('font-coverage.ts is up to date with the shipped fonts [H16.1]', async () => {
    const file = readFileSync(join(ROOT, 'src', 'io', 'pdf', 'font-coverage.ts'), 'utf8');
    expect(file).toBe(await coverageModule());
  });

  it.each(FACES.map((face) => [face.family, face] as const))(
    '%s has the same letters in bold as in regular',
    async (_, face) => {
      const [regular, bold] = await Promise.all([
        shippedFont(face.regular),
        shippedFont(face.bold),
      ]);
      expect([...bold.characterSet].sort()).toEqual([...regular.characterSet].sort());
    },
  );
});

describe('which fonts a budget needs', () => {
  it('an English or Welsh budget needs only the two Latin families', () => {
    expect(families({ person: { name: 'Siân Ŵyn Jones' } })).toEqual(['NotoSans', 'NotoSansExt']);
  });

  it('adds each script’s family, in the fonts’ order, wherever the text is', () => {
    expect(
      families({
        person: { name: 'Олена Коваленко' },
        carers: [carer({ name: 'Γιώργος' })],
        lines: [visits({ activity: 'রান্না (cooking)' })],
      }),
    ).toEqual(['NotoSans', 'NotoSansExt', 'NotoSansGreek', 'NotoSansCyrillic', 'NotoSansBengali']);
  });
});

describe('a text in a script the PDF has no font for', () => {
  it.each<[string, Partial<Budget>, ScriptKey, string]>([
    ['person.name', { person: { name: '王芳' } }, 'chinese', '王'],
    ['person.name', { person: { name: 'فاطمة أحمد' } }, 'arabic', 'ف'],
    ['carers[0].name', { carers: [carer({ name: 'שרה כהן' })] }, 'hebrew', 'ש'],
    ['lines[0].activity', { lines: [visits({ activity: 'ਗੁਰਪ੍ਰੀਤ ਨਾਲ ਸੈਰ' })] }, 'gurmukhi', 'ਗ'],
    ['expenses[0].description', { expenses: [expense({ description: 'Gym 💪' })] }, 'emoji', '💪'],
    ['title', { title: 'さくら' }, 'japanese', 'さ'],
  ])(
    '%s: is refused, naming the field, the script and the letter [H16.3]',
    (path, fields, script, character) => {
      expect(families(fields)).toEqual({ path, script, character });
    },
  );

  it('names an unknown script as a character, and knows one from another', () => {
    expect(scriptOf('ሰ')).toBe('ethiopic');
    expect(scriptOf('→')).toBe('other');
  });

  it('makes no PDF at all [H16.4]', async () => {
    const made = await budgetPdfBuffer({
      pricing: price({ person: { name: '王芳' } }),
      t: createI18n('en').t,
      language: 'en',
      madeOn: '2026-05-01',
    });
    expect(made).toEqual({
      ok: false,
      unprintable: { path: 'person.name', script: 'chinese', character: '王' },
    });
  });

  it('is explained in the app in words, in English and in Welsh', () => {
    const unprintable = { path: 'carers[1].name', script: 'chinese', character: '王' } as const;
    expect(describeRefusal({ ok: false, unprintable }, createI18n('en').t, 'app')).toBe(
      'The PDF was not made: carer 2’s name uses Chinese characters (“王”), which the PDF cannot print yet, and it would print it wrongly. The page, the CSV and the budget file keep it as typed.',
    );
    expect(describeRefusal({ ok: false, unprintable }, createI18n('cy').t, 'app')).toBe(
      'Ni wnaed y PDF: mae enw gofalwr 2 yn defnyddio nodau Tsieinëeg (“王”), na all y PDF ei argraffu eto, a byddai’n ei argraffu’n anghywir. Mae’r dudalen, y CSV a ffeil y gyllideb yn ei gadw fel y’i teipiwyd.',
    );
  });
});

describe('the command, given a name it cannot print', () => {
  it.each([
    [
      'en',
      'person.name: uses Arabic script (“ف”, U+0641), which the PDF cannot print yet: no PDF was written\n',
    ],
    [
      'cy',
      'person.name: yn defnyddio yr wyddor Arabeg (“ف”, U+0641), na all y PDF ei argraffu eto: ni ysgrifennwyd PDF\n',
    ],
  ])(
    '--lang %s exits 1, naming the field and the script, and writes nothing [H16.5]',
    async (lang, stderr) => {
      const { run, out } = await pricePdf(
        `fatima-${lang}`,
        budget({ person: { name: 'فاطمة أحمد' } }),
        ['--lang', lang],
      );
      expect(run).toEqual({ code: 1, stdout: '', stderr });
      expect(existsSync(out)).toBe(false);
    },
  );
});

describe('a PDF of names in the scripts it ships', () => {
  const names = {
    person: 'Олена Коваленко',
    carer: 'Γιώργος Παπαδόπουλος',
    vietnamese: 'Nguyễn Thị Hường',
    hindi: 'प्रिया शर्मा',
    bengali: 'হাসান আলী',
    welsh: 'Siân Ŵyn',
  };
  let pdf: Rendered;
  beforeAll(async () => {
    pdf = await render(
      'scripts',
      price({
        title: names.welsh,
        person: { name: names.person },
        carers: [carer({ name: names.carer })],
        lines: [
          visits({ id: 'v', activity: `Walk with ${names.vietnamese}` }),
          visits({ id: 'b', activity: names.bengali }),
          visits({ id: 'h', activity: names.hindi }),
        ],
      }),
    );
  }, RENDER_TIMEOUT);

  it('reads back as typed: Cyrillic, Greek, Vietnamese, Bengali and Welsh [H16.2]', () => {
    for (const name of [names.person, names.carer, names.vietnamese, names.bengali, names.welsh])
      expect(pdf.flat, name).toContain(name);
  });

  it('sets Devanagari with its vowel signs, which pdftotext lists in the order they are drawn', () => {
    // The short i (ि) is drawn before its consonant, and a PDF keeps letters in drawing order.
    expect(pdf.layout).toContain('िप्रया शमार्');
  });

  it('embeds only Noto Sans fonts, one for each script used', () => {
    const fonts = execFileSync('/usr/bin/pdffonts', [pdf.file], { encoding: 'utf8' });
    const names = [...fonts.matchAll(/^[A-Z]{6}\+(\S+)/gm)].map(([, name]) => name);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names)
      expect(name).toMatch(/^NotoSans(?:Devanagari|Bengali)?-(?:Regular|Bold)$/);
  });
});
