/**
 * `npm run i18n:missing`: the messages a translator still has to write, as JSON.
 *
 *   enNotCy   English messages with no Welsh yet, with their English text (for a plural,
 *             every form Welsh needs is listed, with the English text to work from)
 *   cyNotEn   Welsh messages with no English (usually a key renamed or removed in English)
 *   missingForms, variableMismatches, empty   as the parity test reports them
 *
 * After merging a branch that adds English messages, run this, translate what `enNotCy`
 * lists into the matching src/i18n/cy/<area>.json, and run it again until it is empty.
 */
import { english, welsh } from '../src/i18n';
import { compareLanguages, missingWithText } from '../src/i18n/keys';

const cy = compareLanguages(english, welsh, 'cy');
const en = compareLanguages(welsh, english, 'en');
const report = {
  enNotCy: missingWithText(english, 'cy', cy.missing),
  cyNotEn: missingWithText(welsh, 'en', en.missing),
  missingForms: { cy: cy.missingForms, en: en.missingForms },
  variableMismatches: cy.variableMismatches,
  empty: { cy: cy.empty, en: en.empty },
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
