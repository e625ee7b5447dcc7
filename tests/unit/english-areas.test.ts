import { describe, expect, it } from 'vitest';
import { createAppI18n, loadPageMessages } from '../../src/i18n/app-i18n';
import { englishAreas } from '../../src/i18n/english';
import { PAGE_AREAS } from '../../src/i18n/english-areas';
import { englishPageAreas } from '../../src/i18n/english-pages';
import { englishStartAreas } from '../../src/i18n/english-start';

describe('English messages at start-up and with pages', () => {
  it('splits every area of english.ts into start-up or pages, each once', () => {
    const start = Object.keys(englishStartAreas);
    const pages = Object.keys(englishPageAreas);
    expect(pages.sort()).toEqual([...PAGE_AREAS].sort());
    expect(start.filter((area) => pages.includes(area))).toEqual([]);
    expect([...start, ...pages].sort()).toEqual(Object.keys(englishAreas).sort());
    for (const area of start) expect(englishStartAreas[area]).toBe(englishAreas[area]);
  });

  it('adds the page areas to the app instance when a page loads them, keeping the rest', async () => {
    const i18n = await createAppI18n('en');
    expect(i18n.exists('lines.days.names.mon')).toBe(false);
    expect(i18n.t('start.title')).toBe('Support budget builder');
    await loadPageMessages();
    expect(i18n.t('lines.days.names.mon')).toBe('Monday');
    expect(i18n.t('start.title')).toBe('Support budget builder');
    // An instance made afterwards (a language fallback at start) has them at once.
    const later = await createAppI18n('en');
    expect(later.exists('pdf.header.kind')).toBe(true);
  });
});
