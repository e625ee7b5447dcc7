/** What each hostile rate card must be refused with, beside a valid budget (see hostile-corpus.ts). */
import { MONEY, NEGATIVE_MONEY, NOT_JSON, type Expectation } from './hostile-corpus';

export const HOSTILE_CARDS: Readonly<Record<string, Expectation>> = {
  'unsourced-figure.json': {
    rule: 'a rate card figure without a source is refused, naming the figure',
    named: [['sources', 'has no entry for settings[residential].weeklyFee']],
  },
  'source-names-nothing.json': {
    rule: 'a source naming no figure of the card is refused',
    named: [
      [
        'sources[23].figure',
        'names "registeredProvider.standard.evening", which is not a figure of this card',
      ],
    ],
  },
  'missing-core-domain.json': {
    rule: 'a rate card without a core domain is refused, naming the domain',
    named: [['domains', 'must include the domain "education"']],
  },
  'valid-to-before-from.json': {
    rule: 'a rate card valid to a date before it is valid from is refused',
    named: [['validTo', 'must not be before validFrom']],
  },
  'impossible-date.json': {
    rule: 'a rate card valid to 30 February is refused, not read as 2 March',
    named: [['validTo', 'must be a date written as YYYY-MM-DD']],
  },
  'money-as-number.json': {
    rule: 'a rate written as a JSON number is refused, naming the figure',
    named: [['registeredProvider.standard.day.weekday', MONEY]],
  },
  'negative-rate.json': {
    rule: 'a negative rate is refused, saying it cannot be negative',
    named: [['personalAssistant.pay.day.weekday', NEGATIVE_MONEY]],
  },
  'percent-over-100.json': {
    rule: 'an on-cost over 100 percent is refused',
    named: [['personalAssistant.onCosts[0].percent', 'from 0 to 100']],
  },
  'duplicate-provider-id.json': {
    rule: 'two providers with one id are refused, and the source left naming the renamed one',
    named: [
      ['registeredProvider.providers[1].id', 'repeats the id "example-homecare" of item 0'],
      ['sources[5].figure', 'names "registeredProvider.providers[example-care-partners].rates"'],
    ],
  },
  'thresholds-out-of-order.json': {
    rule: 'carer thresholds out of order are refused',
    named: [['carerPolicy.veryHighHours', 'must not be lower than highHours']],
  },
  'weeks-per-year-60.json': {
    rule: '60 weeks a year is refused',
    named: [['weeksPerYear', 'from 52 to 53']],
  },
  'weeks-per-year-as-number.json': {
    rule: 'weeks a year written as a JSON number is refused',
    named: [['weeksPerYear', 'must be a number written as text']],
  },
  'newer-version.json': {
    rule: 'a rate card of a newer version is refused with a clear message',
    named: [['version', 'made by a newer version of this tool']],
  },
  'wrong-format.json': {
    rule: 'a budget given as a rate card is refused by its format',
    named: [['format', 'must be "support-rate-card"']],
  },
  'unknown-extra-field.json': {
    rule: 'an unknown rate card field is refused, naming it',
    named: [['vatPercent', 'is not a field this part of the file can have']],
  },
  'missing-sleep-in.json': {
    rule: 'a rate card without a sleep-in rate is refused',
    named: [['registeredProvider.standard.sleepIn', 'is required']],
  },
  'nights-per-week-as-string.json': {
    rule: 'a count written as a string is refused',
    named: [['carerPolicy.nightsPerWeek', 'must be a whole number from 1 to 7']],
  },
  'proto-key.json': {
    rule: 'a __proto__ key in a rate card is refused, naming where it sits',
    named: [['registeredProvider.standard', 'contains a field named "__proto__"']],
  },
  'constructor-key.json': {
    rule: 'a constructor key in a rate card is refused, and the prototype key inside it',
    named: [
      ['carerPolicy', 'contains a field named "constructor"'],
      ['carerPolicy.constructor', 'contains a field named "prototype"'],
    ],
  },
  'truncated.json': {
    rule: 'a rate card cut short is refused as not valid JSON, and not called a budget file',
    named: [['file', NOT_JSON]],
    absent: ['budget file'],
  },
  'top-level-array.json': {
    rule: 'a rate card that is a JSON array is refused',
    named: [['file', 'must be a JSON object']],
  },
  // Added with the reliability work: more of each kind, each naming its field
  'rate-huge.json': {
    rule: 'a rate of a billion pounds is refused',
    named: [['registeredProvider.standard.night.weekend', MONEY]],
  },
  'sleep-in-as-null.json': {
    rule: 'a sleep-in allowance written as null is refused',
    named: [['personalAssistant.pay.sleepIn', MONEY]],
  },
  'percent-negative.json': {
    rule: 'a negative on-cost is refused',
    named: [['personalAssistant.onCosts[1].percent', 'from 0 to 100']],
  },
  'percent-exponent.json': {
    rule: 'an on-cost written as 1e1 is refused',
    named: [['personalAssistant.onCosts[0].percent', 'must be a number written as text']],
  },
  'weeks-per-year-fractional-string.json': {
    rule: 'weeks a year with more than four decimals are refused',
    named: [['weeksPerYear', 'from 52 to 53']],
  },
  'older-carer-age-fractional.json': {
    rule: 'a fractional older-carer age is refused',
    named: [['carerPolicy.olderCarerAge', 'must be a whole number from 16 to 120']],
  },
  'nights-per-week-8.json': {
    rule: 'eight nights a week are refused',
    named: [['carerPolicy.nightsPerWeek', 'must be a whole number from 1 to 7']],
  },
  'domains-as-object.json': {
    rule: 'domains written as an object are refused',
    named: [['domains', 'must be a list of 5 to 30 items']],
  },
  'domain-name-as-number.json': {
    rule: 'a domain name written as a number is refused',
    named: [['domains[1].name', 'must be text, or English and Welsh text']],
  },
  'providers-as-string.json': {
    rule: 'providers written as one string are refused',
    named: [['registeredProvider.providers', 'must be a list of 0 to 200 items']],
  },
  'version-0.json': {
    rule: 'rate card version 0 is refused',
    named: [['version', 'must be a whole number from 1']],
  },
  'version-as-string.json': {
    rule: 'a rate card version written as text is refused',
    named: [['version', 'must be a whole number from 1']],
  },
  'top-level-null.json': {
    rule: 'a rate card that is null is refused',
    named: [['file', 'must be a JSON object']],
  },
  'empty.json': {
    rule: 'an empty rate card file is refused as not valid JSON',
    named: [['file', NOT_JSON]],
    located: 'line 1, column 1',
  },
  'valid-from-missing.json': {
    rule: 'a rate card without validFrom is refused',
    named: [['validFrom', 'is required']],
  },
  'standard-rates-missing.json': {
    rule: 'a rate card without standard provider rates is refused',
    named: [['registeredProvider.standard', 'is required']],
  },
  'duplicate-domain-id.json': {
    rule: 'two domains with one id are refused, naming the second',
    named: [['domains[7].id', 'repeats the id "personal-care" of item 0']],
  },
  'duplicate-on-cost-id.json': {
    rule: 'two on-costs with one id are refused, and the source left naming the renamed one',
    named: [
      ['personalAssistant.onCosts[1].id', 'repeats the id "holiday" of item 0'],
      ['sources[11].figure', 'names "personalAssistant.onCosts[pension].percent"'],
    ],
  },
  'script-in-provider-id.json': {
    rule: 'an HTML payload as a provider id is refused',
    named: [['registeredProvider.providers[0].id', 'must be an id of 1 to 64 letters']],
  },
  'formula-in-card-id.json': {
    rule: 'a spreadsheet formula as the card id is refused',
    named: [['id', 'must be an id of 1 to 64 letters']],
  },
  'quality-too-long.json': {
    rule: 'a provider quality over 60 characters is refused',
    named: [['registeredProvider.providers[0].quality', 'at most 60 characters']],
  },
  'unknown-employer-cost-per.json': {
    rule: 'an employer cost paid "fortnightly" is refused, listing the frequencies',
    named: [
      [
        'personalAssistant.employerCosts[0].per',
        'must be one of: weekly, monthly, annual, one-off',
      ],
    ],
  },
  'prototype-key-in-setting.json': {
    rule: 'a prototype key in a care-home setting is refused, naming the setting',
    named: [['settings[0]', 'contains a field named "prototype"']],
  },
  'deep-nesting.json': {
    rule: '40 nested arrays in a rate card are refused before parsing, saying where',
    named: [['file', 'nests more than 16 levels deep']],
    located: 'line 12, column 34',
  },
  'newline-in-card-name.json': {
    rule: 'a line break in the card’s name, which would forge a line under "Rate card:", is refused',
    named: [['name.en', 'must be one line of plain text']],
  },
  'bidi-isolate-in-provider-name.json': {
    rule: 'a direction isolate in a provider name is refused, saying which character and where',
    named: [['registeredProvider.providers[0].name', 'character 9 is U+2067']],
  },
  'escape-in-notes.json': {
    rule: 'notes may run over lines, but an escape sequence in them is refused',
    named: [['notes.en', 'character 23 is U+001B']],
  },
  'pay-floor-as-number.json': {
    rule: 'a pay floor written as a number is refused',
    named: [['personalAssistant.payFloor', MONEY]],
  },
  'pay-floor-unsourced.json': {
    rule: 'a pay floor without a source is refused, naming it',
    named: [['sources', 'has no entry for personalAssistant.payFloor']],
  },
  'delegated-limit-unsourced.json': {
    rule: 'a delegated-authority limit without a source is refused, naming it',
    named: [['sources', 'has no entry for policy.delegatedAuthorityLimit']],
  },
  'delegated-limit-negative.json': {
    rule: 'a negative delegated-authority limit is refused',
    named: [['policy.delegatedAuthorityLimit', NEGATIVE_MONEY]],
  },
  'policy-unknown-field.json': {
    rule: 'a policy field of another name is refused, naming it',
    named: [['policy.panelLimit', 'is not a field']],
  },
  'max-weekly-charge-negative.json': {
    rule: 'a negative maximum weekly charge is refused',
    named: [['policy.charging.maxWeeklyCharge', NEGATIVE_MONEY]],
  },
  'max-weekly-charge-unsourced.json': {
    rule: 'a maximum weekly charge without a source is refused, naming it',
    named: [['sources', 'has no entry for policy.charging.maxWeeklyCharge']],
  },
};

export const CARD_PROTOTYPE_FILES = [
  'proto-key.json',
  'constructor-key.json',
  'prototype-key-in-setting.json',
];
