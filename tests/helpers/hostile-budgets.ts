/** What each hostile budget file must be refused with (see hostile-corpus.ts). */
import {
  AN_ID,
  MONEY,
  NEGATIVE_MONEY,
  NOT_JSON,
  WHOLE_MINUTES,
  type Expectation,
} from './hostile-corpus';

export const HOSTILE_BUDGETS: Readonly<Record<string, Expectation>> = {
  // Wrong types
  'minutes-as-string.json': {
    rule: 'minutes written as a string are refused, naming the field',
    named: [['lines[0].minutes', WHOLE_MINUTES]],
  },
  'activity-as-number.json': {
    rule: 'an activity written as a number is refused',
    named: [['lines[0].activity', 'must be text of 1 to 200 characters']],
  },
  'workers-as-boolean.json': {
    rule: 'workers written as true are refused',
    named: [['lines[1].workers', 'must be a whole number from 1 to 4']],
  },
  'days-as-string.json': {
    rule: 'days written as one string are refused',
    named: [['lines[0].days', 'must list between 1 and 7 different days']],
  },
  'person-as-string.json': { rule: 'a person written as a string is refused', named: [['person']] },
  'person-null.json': { rule: 'a null person is refused', named: [['person']] },
  'lines-as-object.json': {
    rule: 'lines written as an object, not a list, are refused',
    named: [['lines', 'must be a list']],
  },
  'line-as-string.json': {
    rule: 'a line written as a string is refused, naming the line',
    named: [['lines[1]']],
  },
  'carer-flag-as-string.json': {
    rule: 'a yes/no flag written as "yes" is refused',
    named: [['carers[0].willingAndAble', 'must be true or false']],
  },
  // Out of range
  'minutes-negative.json': {
    rule: 'negative minutes are refused',
    named: [['lines[0].minutes', WHOLE_MINUTES]],
  },
  'minutes-zero.json': {
    rule: 'zero minutes are refused',
    named: [['lines[0].minutes', WHOLE_MINUTES]],
  },
  'minutes-fractional.json': {
    rule: 'fractional minutes are refused',
    named: [['lines[0].minutes', WHOLE_MINUTES]],
  },
  'minutes-1441.json': {
    rule: '1441 minutes, more than a day, are refused',
    named: [['lines[1].minutes', WHOLE_MINUTES]],
  },
  'minutes-huge-number.json': {
    rule: 'minutes of 1e308 are refused once, not once per broken limit',
    named: [['lines[0].minutes', WHOLE_MINUTES]],
  },
  'visits-per-day-0.json': {
    rule: 'zero visits a day are refused',
    named: [['lines[0].visitsPerDay', 'must be a whole number from 1 to 48']],
  },
  'visits-per-day-49.json': {
    rule: '49 visits a day are refused',
    named: [['lines[0].visitsPerDay', 'must be a whole number from 1 to 48']],
  },
  'workers-5.json': {
    rule: 'five workers on a visit are refused',
    named: [['lines[0].workers', 'must be a whole number from 1 to 4']],
  },
  'carer-age-negative.json': {
    rule: 'a negative carer age is refused',
    named: [['carers[0].age', 'must be a whole number from 0 to 120']],
  },
  'day-over-24-hours.json': {
    rule: 'minutes × visits a day over 1440 is refused, with the total',
    named: [['lines[1].visitsPerDay', '1560 minutes, more than the 1440 in a day']],
  },
  // Days
  'repeated-days.json': {
    rule: 'a day named twice on a line is refused',
    named: [['lines[0].days', 'must name each day at most once']],
  },
  'empty-days.json': {
    rule: 'a line on no days is refused',
    named: [['lines[1].days', 'must list between 1 and 7 different days']],
  },
  'unknown-day-monday.json': {
    rule: 'the day "monday" is refused, listing the day names',
    named: [['lines[1].days[0]', 'must be one of: mon, tue, wed, thu, fri, sat, sun']],
  },
  // Unknown values
  'unknown-resource.json': {
    rule: 'an unknown resource is refused, listing the resources',
    named: [
      [
        'lines[1].resource',
        'must be one of: registered-provider, personal-assistant, unpaid-carer, community',
      ],
    ],
  },
  'unknown-kind.json': {
    rule: 'an unknown line kind is refused at the kind',
    named: [['lines[1].kind', 'must be "visits" or "sleep-in"']],
  },
  'missing-kind.json': {
    rule: 'a line without a kind is refused at the kind',
    named: [['lines[1].kind', 'must be "visits" or "sleep-in"']],
  },
  'unknown-funding-route.json': {
    rule: 'an unknown funding route is refused, listing the routes',
    named: [['fundingRoute', 'must be one of: direct-payment, notional, third-party']],
  },
  'unknown-frequency.json': {
    rule: 'an unknown expense frequency is refused',
    named: [['expenses[0].frequency', 'must be one of: weekly, monthly, annual, one-off']],
  },
  // Carers, providers and the card
  'unpaid-carer-without-carer.json': {
    rule: 'an unpaid-carer line without a carer is refused',
    named: [['lines[2].carer', 'is required on an unpaid-carer line']],
  },
  'carer-not-in-list.json': {
    rule: 'a line naming a carer not in the list is refused, naming the carer',
    named: [['lines[2].carer', 'names carer "alex", who is not in the list of carers']],
  },
  'carer-on-provider-line.json': {
    rule: 'a carer on a provider line is refused',
    named: [['lines[0].carer', 'is only for unpaid-carer lines']],
  },
  'provider-on-pa-line.json': {
    rule: 'a provider on a personal assistant line is refused',
    named: [['lines[1].provider', 'is only for registered-provider lines']],
  },
  'provider-not-on-card.json': {
    cardOnly: true,
    rule: 'a provider not on the rate card is refused, naming the card',
    named: [
      [
        'lines[0].provider',
        'names provider "acme-care", which is not on rate card england-2025-26',
      ],
    ],
  },
  'domain-not-on-card.json': {
    cardOnly: true,
    rule: 'a line domain not on the rate card is refused',
    named: [
      ['lines[1].domain', 'is "gardening", which is not a domain of rate card england-2025-26'],
    ],
  },
  'expense-domain-not-on-card.json': {
    cardOnly: true,
    rule: 'an expense domain not on the rate card is refused',
    named: [
      ['expenses[0].domain', 'is "holidays", which is not a domain of rate card england-2025-26'],
    ],
  },
  'unpaid-carer-two-workers.json': {
    rule: 'two workers on an unpaid-carer line are refused',
    named: [['lines[2].workers', 'must be 1 on an unpaid-carer line']],
  },
  'carer-over-168-hours.json': {
    rule: 'a carer over 168 hours a week is refused, with the hours',
    named: [
      ['carers[0]', 'gives this carer 169.00 hours a week, more than the 168 hours in a week'],
    ],
  },
  'rate-card-not-shipped.json': {
    cardOnly: true,
    rule: 'a budget naming a card that is not shipped is refused, listing the shipped cards',
    named: [
      [
        'rateCard',
        'names rate card "narnia-2025-26", which is not a shipped card (england-2025-26',
      ],
    ],
  },
  // Money
  'money-as-number.json': {
    rule: 'money written as a JSON number is refused, naming the field',
    named: [['expenses[0].amount', MONEY]],
  },
  'money-one-decimal.json': {
    rule: 'money with one decimal is refused',
    named: [['expenses[0].amount', MONEY]],
  },
  'money-three-decimals.json': {
    rule: 'money with three decimals is refused',
    named: [['expenses[0].amount', MONEY]],
  },
  'money-pound-sign.json': {
    rule: 'money with a £ sign is refused',
    named: [['expenses[0].amount', 'no £ sign']],
  },
  'money-negative.json': {
    rule: 'negative money is refused, saying it cannot be negative',
    named: [['expenses[0].amount', NEGATIVE_MONEY]],
    absent: ['two decimals'],
  },
  'money-exponent.json': {
    rule: 'money written as 1e9 is refused',
    named: [['expenses[0].amount', MONEY]],
  },
  'money-nan.json': {
    rule: 'money written as "NaN" is refused',
    named: [['expenses[0].amount', MONEY]],
  },
  'money-thousands-comma.json': {
    rule: 'money with a thousands comma is refused',
    named: [['expenses[0].amount', MONEY]],
  },
  'indicative-annual-as-number.json': {
    rule: 'an indicative sum written as a JSON number is refused',
    named: [['indicativeAnnual', MONEY]],
  },
  // Ids
  'duplicate-line-ids.json': {
    rule: 'two lines with one id are refused, naming the first',
    named: [['lines[3].id', 'repeats the id "morning" of item 0']],
  },
  'duplicate-carer-ids.json': {
    rule: 'two carers with one id are refused',
    named: [['carers[1].id', 'repeats the id "kim" of item 0']],
  },
  'script-in-id.json': {
    rule: 'a script tag as a line id is refused by the id pattern',
    named: [['lines[0].id', AN_ID]],
  },
  'formula-in-id.json': {
    rule: 'a spreadsheet formula as the budget id is refused by the id pattern',
    named: [['id', AN_ID]],
  },
  'formula-in-expense-id.json': {
    rule: 'a DDE payload as an expense id is refused by the id pattern',
    named: [['expenses[0].id', AN_ID]],
  },
  // Fields
  'unknown-extra-field.json': {
    rule: 'an unknown field on a line is refused, naming it',
    named: [['lines[0].colour', 'is not a field this part of the file can have']],
  },
  'unknown-top-level-field.json': {
    rule: 'an unknown top-level field is refused, naming it',
    named: [['budgetTotal', 'is not a field this part of the file can have']],
  },
  'minutes-on-sleep-in.json': {
    rule: 'minutes on a sleep-in line are refused',
    named: [['lines[3].minutes']],
  },
  'missing-lines.json': {
    rule: 'a budget without lines is refused',
    named: [['lines', 'is required']],
  },
  'missing-person.json': {
    rule: 'a budget without a person is refused',
    named: [['person', 'is required']],
  },
  'missing-id.json': { rule: 'a budget without an id is refused', named: [['id', 'is required']] },
  'missing-minutes.json': {
    rule: 'a visits line without minutes is refused',
    named: [['lines[1].minutes', 'is required']],
  },
  'activity-blank.json': {
    rule: 'an activity of only spaces is refused',
    named: [['lines[0].activity', 'must be text of 1 to 200 characters']],
  },
  'activity-too-long.json': {
    rule: 'an activity over 200 characters is refused',
    named: [['lines[0].activity', 'must be text of 1 to 200 characters']],
  },
  // Format and version
  'wrong-format.json': {
    rule: 'a wrong format string is refused',
    named: [['format', 'must be "support-budget"']],
  },
  'newer-version-99.json': {
    rule: 'a newer version is refused with a clear message',
    named: [['version', 'made by a newer version of this tool']],
  },
  'version-0.json': {
    rule: 'version 0 is refused',
    named: [['version', 'must be a whole number from 1']],
  },
  'version-as-string.json': {
    rule: 'version written as the string "1" is refused',
    named: [['version', 'must be a whole number from 1']],
  },
  'version-missing.json': { rule: 'a budget without a version is refused', named: [['version']] },
  // Several defects
  'several-field-defects.json': {
    rule: 'every field problem in a file is named, not just the first',
    named: [['fundingRoute'], ['lines[0].minutes', WHOLE_MINUTES], ['expenses[0].amount', MONEY]],
  },
  'several-rule-defects.json': {
    rule: 'every cross-field problem in a file is named, not just the first',
    named: [
      ['lines[3].id', 'repeats the id'],
      ['lines[1].provider', 'only for registered-provider'],
      ['lines[2].carer', 'is required'],
    ],
  },
  // Not a budget at all
  'truncated.json': {
    rule: 'a file cut short is refused as not valid JSON',
    named: [['file', NOT_JSON]],
  },
  'empty.json': { rule: 'an empty file is refused as not valid JSON', named: [['file', NOT_JSON]] },
  'whitespace-only.json': {
    rule: 'a file of only whitespace is refused as not valid JSON',
    named: [['file', NOT_JSON]],
  },
  'trailing-comma.json': {
    rule: 'a trailing comma is refused as not valid JSON, in one line, at the bracket after it',
    named: [['file', NOT_JSON]],
    located: 'line 21, column 3',
  },
  'top-level-array.json': {
    rule: 'a JSON array at top level is refused',
    named: [['file', 'must be a JSON object']],
  },
  'top-level-null.json': {
    rule: 'null at top level is refused',
    named: [['file', 'must be a JSON object']],
  },
  'top-level-number.json': {
    rule: 'a number at top level is refused',
    named: [['file', 'must be a JSON object']],
  },
  'top-level-string.json': {
    rule: 'a string at top level is refused',
    named: [['file', 'must be a JSON object']],
  },
  'plain-sentence.txt': {
    rule: 'a sentence of text is refused as not valid JSON, at its first letter',
    named: [['file', NOT_JSON]],
    located: 'line 1, column 1',
  },
  'email-text.txt': {
    rule: 'text of several lines is refused in one message line, not echoed line by line, at its first letter',
    named: [['file', NOT_JSON]],
    located: 'line 1, column 1',
  },
  'terminal-escape.txt': {
    rule: 'terminal escape sequences in a file are never echoed to the terminal, and are located at the first one',
    named: [['file', NOT_JSON]],
    located: 'line 1, column 1',
  },
  'csv-instead-of-json.txt': {
    rule: 'a CSV file given as a budget is refused without invisible characters in the message, at its start',
    named: [['file', NOT_JSON]],
    located: 'line 1, column 1',
  },
  // Hostile structure
  'proto-key-in-line.json': {
    rule: 'a __proto__ key inside a line is refused, naming the line',
    named: [['lines[1]', 'contains a field named "__proto__"']],
  },
  'proto-key-top-level.json': {
    rule: 'a __proto__ key at top level is refused',
    named: [['file', 'contains a field named "__proto__"']],
  },
  'constructor-key.json': {
    rule: 'a constructor key is refused where it sits, and the prototype key inside it',
    named: [
      ['person', 'contains a field named "constructor"'],
      ['person.constructor', 'contains a field named "prototype"'],
    ],
  },
  'prototype-key.json': {
    rule: 'a prototype key is refused, naming the expense it sits in',
    named: [['expenses[0]', 'contains a field named "prototype"']],
  },
  'deep-nesting.json': {
    rule: '10,000 nested arrays as a field value are refused before parsing',
    named: [['file', 'nests more than 16 levels deep']],
  },
  'brackets-in-string.json': {
    rule: 'brackets inside a string are text, not nesting',
    named: [['notes', 'is not a field this part of the file can have']],
  },
  // Added with the reliability work: more of each kind, each naming its field
  'money-huge.json': {
    rule: 'money of 23 digits is refused, not rounded or overflowed',
    named: [['expenses[0].amount', MONEY]],
  },
  'money-as-object.json': {
    rule: 'money written as pounds and pence in an object is refused',
    named: [['expenses[0].amount', MONEY]],
  },
  'indicative-annual-negative.json': {
    rule: 'a negative indicative sum is refused, saying it cannot be negative',
    named: [['indicativeAnnual', NEGATIVE_MONEY]],
  },
  'expense-frequency-as-number.json': {
    rule: 'an expense frequency written as 52 is refused, listing the frequencies',
    named: [['expenses[0].frequency', 'must be one of: weekly, monthly, annual, one-off']],
  },
  'money-empty.json': {
    rule: 'money written as empty text is refused',
    named: [['expenses[0].amount', MONEY]],
  },
  'money-spaces.json': {
    rule: 'money with spaces around it is refused',
    named: [['expenses[0].amount', MONEY]],
  },
  'indicative-annual-infinity.json': {
    rule: 'an indicative sum of "Infinity" is refused',
    named: [['indicativeAnnual', MONEY]],
  },
  'carer-age-1e400.json': {
    rule: 'a carer age of 1e400, which JSON reads as infinity, is refused',
    named: [['carers[0].age', 'must be a whole number from 0 to 120']],
  },
  'carer-age-fractional.json': {
    rule: 'a fractional carer age is refused',
    named: [['carers[0].age', 'must be a whole number from 0 to 120']],
  },
  'visits-per-day-fractional.json': {
    rule: 'two and a half visits a day are refused',
    named: [['lines[0].visitsPerDay', 'must be a whole number from 1 to 48']],
  },
  'workers-negative.json': {
    rule: 'minus one worker is refused',
    named: [['lines[1].workers', 'must be a whole number from 1 to 4']],
  },
  'minutes-null.json': {
    rule: 'minutes written as null are refused',
    named: [['lines[0].minutes', WHOLE_MINUTES]],
  },
  'minutes-hex-string.json': {
    rule: 'minutes written as hexadecimal text are refused',
    named: [['lines[0].minutes', WHOLE_MINUTES]],
  },
  'days-with-number.json': {
    rule: 'a day written as a number is refused, naming the day',
    named: [['lines[1].days[0]', 'must be one of: mon, tue, wed, thu, fri, sat, sun']],
  },
  'title-as-array.json': {
    rule: 'a title written as a list is refused',
    named: [['title', 'must be text of at most 200 characters']],
  },
  'carer-name-as-object.json': {
    rule: 'a carer name written as an object is refused',
    named: [['carers[0].name', 'must be text of 1 to 200 characters']],
  },
  'lines-null.json': {
    rule: 'lines written as null are refused',
    named: [['lines', 'must be a list of 0 to 2000 items']],
  },
  'carers-as-object.json': {
    rule: 'carers written as an object keyed by id are refused',
    named: [['carers', 'must be a list of 0 to 20 items']],
  },
  'person-name-missing.json': {
    rule: 'a person without a name is refused',
    named: [['person.name', 'is required']],
  },
  'line-domain-missing.json': {
    rule: 'a line without a domain is refused',
    named: [['lines[1].domain', 'is required']],
  },
  'expense-amount-missing.json': {
    rule: 'an expense without an amount is refused',
    named: [['expenses[0].amount', 'is required']],
  },
  'format-missing.json': {
    rule: 'a file without a format is refused as not a budget',
    named: [['format', 'must be "support-budget"']],
  },
  'version-fractional.json': {
    rule: 'version 1.5 is refused',
    named: [['version', 'must be a whole number from 1']],
  },
  'period-unknown.json': {
    rule: 'an unknown period is refused, listing the periods',
    named: [['lines[0].period', 'must be one of: day, night']],
  },
  'id-65-characters.json': {
    rule: 'a budget id of 65 characters is refused',
    named: [['id', AN_ID]],
  },
  'id-with-right-to-left-override.json': {
    rule: 'an id hiding a right-to-left override (text that reads one way and is another) is refused',
    named: [['lines[0].id', AN_ID]],
  },
  'script-in-carer-id.json': {
    rule: 'an HTML payload as a carer id is refused, on the carer and on the line naming it',
    named: [
      ['carers[0].id', AN_ID],
      ['lines[2].carer', AN_ID],
    ],
  },
  'formula-in-provider-id.json': {
    rule: 'a spreadsheet command as a provider id is refused',
    named: [['lines[0].provider', AN_ID]],
  },
  'formula-in-rate-card.json': {
    rule: 'a formula as the rate card id is refused',
    named: [['rateCard', AN_ID]],
  },
  'script-in-domain.json': {
    rule: 'a script tag as a line domain is refused',
    named: [['lines[1].domain', AN_ID]],
  },
  'duplicate-expense-ids.json': {
    rule: 'two expenses with one id are refused, naming the second',
    named: [['expenses[1].id', 'repeats the id "day-centre" of item 0']],
  },
  'carers-21.json': {
    rule: '21 carers, over the 20 a budget may have, are refused in one message',
    named: [['carers', 'must be a list of 0 to 20 items']],
  },
  'expenses-501.json': {
    rule: '501 expenses, over the 500 a budget may have, are refused in one message',
    named: [['expenses', 'must be a list of 0 to 500 items']],
  },
  'duplicate-json-key.json': {
    rule: 'a field written twice is judged by the value JSON keeps, the last',
    named: [['lines[0].minutes', WHOLE_MINUTES]],
  },
  'proto-key-in-carer.json': {
    rule: 'a __proto__ key inside a carer is refused, naming the carer',
    named: [['carers[0]', 'contains a field named "__proto__"']],
  },
  'constructor-key-top-level.json': {
    rule: 'a constructor key at the top of the file is refused, naming the file',
    named: [['file', 'contains a field named "constructor"']],
  },
  'nesting-17-levels.json': {
    rule: 'a field nested 17 levels deep is refused before parsing, saying where',
    named: [['file', 'nests more than 16 levels deep']],
    located: 'line 22, column 33',
  },
  // Text that would print as something else (docs/plain-text.md)
  'newline-in-activity-forges-totals.json': {
    rule: 'an activity whose line breaks would forge a "Totals" line in the report is refused, naming the field',
    named: [['lines[0].activity', 'must be one line of plain text']],
  },
  'carriage-return-in-title.json': {
    rule: 'a carriage return in the title, which would let a terminal write over the line, is refused',
    named: [['title', 'character 13 is U+000D']],
  },
  'escape-in-carer-name.json': {
    rule: 'terminal escape sequences in a carer name are refused, saying which character and where [H18.7]',
    named: [['carers[0].name', 'character 4 is U+001B']],
  },
  'bidi-override-in-person-name.json': {
    rule: 'a right-to-left override in the person’s name (text that reads one way and is another) is refused',
    named: [['person.name', 'character 4 is U+202E']],
  },
  'tab-in-expense-description.json': {
    rule: 'a tab in an expense description is refused [H18.8]',
    named: [['expenses[0].description', 'character 4 is U+0009']],
  },
  'next-line-in-reference.json': {
    rule: 'a C1 next-line control in the reference is refused',
    named: [['person.reference', 'character 5 is U+0085']],
  },
  'escape-in-outcome.json': {
    rule: 'an outcome of an older file, which becomes an outcome of the plan, may run over lines, but an escape sequence in it is refused [H18.9]',
    named: [
      [
        'outcomes[0].words',
        'must be plain text, with no tabs, control characters or direction overrides (line breaks are allowed): character 25 is U+001B',
      ],
    ],
  },
  // The plan in time (version 3)
  'plan-start-not-a-day.json': {
    rule: 'a plan starting on 30 February is refused, naming plan.start',
    named: [['plan.start', 'a day the calendar has']],
  },
  'plan-start-missing.json': {
    rule: 'a plan without a start is refused',
    named: [['plan.start', 'is required']],
  },
  'plan-end-before-start.json': {
    rule: 'a plan ending before it starts is refused',
    named: [['plan.end', "must not be before the plan's start, 2026-04-01"]],
  },
  'plan-status-unknown.json': {
    rule: 'a plan status outside the list is refused',
    named: [['plan.status', 'must be one of: draft, proposed, agreed, active, ended']],
  },
  'plan-cohort-unknown.json': {
    rule: 'a cohort outside the PHB collection list is refused',
    named: [['plan.cohort', 'must be one of: adult-chc']],
  },
  'plan-comparator-as-number.json': {
    rule: 'a comparator annual written as a number is refused',
    named: [['plan.comparatorAnnual', MONEY]],
  },
  'line-from-not-a-day.json': {
    rule: 'a line starting in month 13 is refused',
    named: [['lines[0].from', 'a day the calendar has']],
  },
  'line-until-before-from.json': {
    rule: 'a line ending before it starts is refused',
    named: [['lines[0].until', 'must not be before from, 2026-06-01']],
  },
  'line-until-slashes.json': {
    rule: 'a date written 31/05/2026 is refused',
    named: [['lines[0].until', 'written as YYYY-MM-DD']],
  },
  'frequency-every-weeks-1.json': {
    rule: 'every 1 week is not a frequency: lines without one come every week',
    named: [['lines[0].frequency.everyWeeks', 'must be a whole number from 2 to 52']],
  },
  'frequency-every-weeks-53.json': {
    rule: 'one week in 53 is refused',
    named: [['lines[0].frequency.everyWeeks', 'must be a whole number from 2 to 52']],
  },
  'frequency-weeks-a-year-0.json': {
    rule: 'zero weeks a year is refused',
    named: [['lines[0].frequency.weeksAYear', 'must be a whole number from 1 to 52']],
  },
  'frequency-both.json': {
    rule: 'a frequency with both everyWeeks and weeksAYear is refused',
    named: [['lines[0].frequency', 'either everyWeeks or weeksAYear, not both']],
  },
  'frequency-empty.json': {
    rule: 'an empty frequency is refused',
    named: [['lines[0].frequency', 'either everyWeeks or weeksAYear']],
  },
  'frequency-unknown-field.json': {
    rule: 'a frequency field of another name is refused, naming it',
    named: [
      ['lines[0].frequency.everyDays', 'is not a field'],
      ['lines[0].frequency', 'either everyWeeks or weeksAYear'],
    ],
  },
  'expense-until-before-from.json': {
    rule: 'a recurring expense ending before it starts is refused',
    named: [['expenses[0].until', 'must not be before from, 2026-05-01']],
  },
  'expense-date-on-weekly.json': {
    rule: 'a date on a weekly expense is refused',
    named: [['expenses[0].date', 'is only for a one-off amount']],
  },
  'expense-from-on-one-off.json': {
    rule: 'from on a one-off amount is refused',
    named: [['expenses[1].from', 'is only for a weekly, monthly or annual amount']],
  },
  'expense-date-29-february-2027.json': {
    rule: '29 February in a year that is not a leap year is refused',
    named: [['expenses[1].date', 'a day the calendar has']],
  },
  'effect-on-expense.json': {
    rule: 'an effect on an expense that is not an investment is refused',
    named: [['expenses[0].effect', 'is only for a one-off investment']],
  },
  'effect-names-missing-line.json': {
    rule: 'an effect naming a line that is not there is refused',
    named: [
      ['expenses[1].effect.ends[0]', 'names line "evening", which is not in the list of lines'],
    ],
  },
  'effect-ends-line-without-until.json': {
    rule: 'an investment that ends a line with no until is refused',
    named: [['expenses[1].effect.ends[0]', 'which has no until']],
  },
  'effect-starts-line-without-from.json': {
    rule: 'an investment that starts a line with no from is refused',
    named: [['expenses[1].effect.starts[0]', 'which has no from']],
  },
  'assistant-on-provider-line.json': {
    rule: 'a named assistant on a provider line is refused',
    named: [['lines[0].assistant', 'is only for personal-assistant lines']],
  },
  'assistant-not-in-list.json': {
    rule: 'a line naming an assistant who is not in the list is refused',
    named: [['lines[1].assistant', 'names assistant "sam"']],
  },
  'assistant-hours-over-168.json': {
    rule: 'a contract of more hours than a week has is refused',
    named: [['assistants[0].contractedHoursWeekly', 'from 0 to 168']],
  },
  'assistant-hours-as-number.json': {
    rule: 'contracted hours written as a number are refused',
    named: [['assistants[0].contractedHoursWeekly', 'must be a number written as text']],
  },
  'duplicate-assistant-ids.json': {
    rule: 'two assistants with one id are refused',
    named: [['assistants[1].id', 'repeats the id "ali"']],
  },
  'agreed-rate-on-pa-line.json': {
    rule: 'an agreed provider rate on a personal-assistant line is refused',
    named: [['lines[1].agreedRate', 'is only for registered-provider lines']],
  },
  'agreed-pay-on-provider-line.json': {
    rule: 'agreed PA pay on a provider line is refused',
    named: [['lines[0].agreedPay', 'is only for personal-assistant lines']],
  },
  'agreed-rate-without-source.json': {
    rule: 'an agreed rate without who agreed it is refused',
    named: [['lines[0].agreedSource', 'is required with an agreed rate or pay']],
  },
  'agreed-source-alone.json': {
    rule: 'a source of agreement with nothing agreed is refused',
    named: [['lines[0].agreedSource', 'is only for a line with agreedRate or agreedPay']],
  },
  'agreed-per-night-on-visits.json': {
    rule: 'a nightly agreed rate on a visits line is refused, saying to give hourly',
    named: [['lines[0].agreedRate.perNight', 'give hourly']],
  },
  'agreed-hourly-on-sleep-in.json': {
    rule: 'hourly agreed pay on a sleep-in is refused, saying to give perNight',
    named: [['lines[3].agreedPay.hourly', 'give perNight']],
  },
  'agreed-both-units.json': {
    rule: 'an agreed rate given both hourly and per night is refused',
    named: [['lines[0].agreedRate', 'either hourly or perNight, not both']],
  },
  'agreed-rate-as-number.json': {
    rule: 'an agreed rate written as a number is refused',
    named: [['lines[0].agreedRate.hourly', MONEY]],
  },
  'agreed-rate-negative.json': {
    rule: 'a negative agreed rate is refused as negative',
    named: [['lines[0].agreedRate.hourly', NEGATIVE_MONEY]],
  },
  'agreed-source-two-lines.json': {
    rule: 'a line break in who agreed a rate is refused',
    named: [['lines[0].agreedSource', 'must be one line of plain text']],
  },
  'shared-carer-line.json': {
    rule: "an unpaid carer's line cannot be shared",
    named: [['lines[2].sharedBy', 'is only for a provider or personal-assistant line']],
  },
  'shared-by-1.json': {
    rule: "shared by one is not sharing: lines without sharedBy are the person's alone",
    named: [['lines[0].sharedBy', 'must be a whole number from 2 to 10']],
  },
  'shared-by-11.json': {
    rule: 'shared by more than ten is refused',
    named: [['lines[0].sharedBy', 'must be a whole number from 2 to 10']],
  },
  'shared-by-as-text.json': {
    rule: 'sharedBy written as text is refused',
    named: [['lines[0].sharedBy', 'must be a whole number from 2 to 10']],
  },
  // The task list's progress (version 3)
  'progress-as-list.json': {
    rule: 'progress written as a list of sections, not an object, is refused',
    named: [['progress', 'must be an object of named fields']],
  },
  'progress-section-unknown.json': {
    rule: 'a completed section outside the list is refused, naming it by place',
    named: [
      [
        'progress.completed[1]',
        'must be one of: about, outcomes, carers, expenses, risks, who-pays, summary',
      ],
    ],
  },
  'progress-section-twice.json': {
    rule: 'a section named twice as completed is refused',
    named: [['progress.completed', 'at most once']],
  },
  'progress-area-both.json': {
    rule: 'an area both completed and not needed is refused, naming the area',
    named: [['progress.areasNotNeeded[0]', 'names area "work", which areasCompleted also names']],
  },
  'progress-area-not-an-id.json': {
    rule: 'an area that is not an id (a path) is refused',
    named: [['progress.areasNotNeeded[0]', 'must be an id']],
  },
  'progress-unknown-field.json': {
    rule: 'a progress field of another name is refused, naming it',
    named: [['progress.sectionsDone', 'is not a field']],
  },
  'progress-areas-101.json': {
    rule: 'more than 100 areas not needed are refused',
    named: [['progress.areasNotNeeded', 'must be a list of 0 to 100 items']],
  },
  // The plan around the money (version 4): outcomes
  'outcome-not-in-plan.json': {
    rule: 'a need serving an outcome the plan does not have is refused, naming it',
    named: [
      ['lines[0].outcomes[0]', 'names outcome "o9", which is not in the plan\'s list of outcomes'],
    ],
  },
  'outcome-served-twice.json': {
    rule: 'an expense naming the same outcome twice is refused',
    named: [['expenses[0].outcomes[1]', 'names outcome "o2" twice']],
  },
  'outcome-words-blank.json': {
    rule: 'an outcome with no words but spaces is refused',
    named: [['outcomes[0].words', 'must be text of 1 to 500 characters']],
  },
  'outcome-ids-repeated.json': {
    rule: 'two outcomes with one id are refused',
    named: [['outcomes[1].id', 'repeats the id "o1"']],
  },
  'outcome-by-when-not-a-day.json': {
    rule: 'an outcome due on 30 February is refused',
    named: [['outcomes[0].byWhen', 'a day the calendar has']],
  },
  'outcomes-as-string.json': {
    rule: 'outcomes written as one string, not a list, are refused',
    named: [['outcomes', 'must be a list']],
  },
  'line-outcome-text-in-version-4.json': {
    rule: 'a version 4 line with the free-text outcome of older files is refused: version 4 keeps outcomes in the plan',
    named: [['lines[0].outcome', 'is not a field this part of the file can have']],
  },
  'escape-in-outcome-good-looks-like.json': {
    rule: 'what good looks like may run over lines, but an escape sequence in it is refused',
    named: [['outcomes[1].goodLooksLike', 'character 17 is U+001B']],
  },
  // Reviews and agreement (version 4, docs/plan-around-money.md)
  'review-first-before-start.json': {
    rule: 'a first review before the plan starts is refused, naming the start',
    named: [['plan.firstReview', "must be after the plan's start, 2026-04-01"]],
  },
  'review-every-13-months.json': {
    rule: 'reviews further apart than a year are refused: a plan is reviewed at least yearly',
    named: [['plan.reviewEveryMonths', 'must be a whole number from 1 to 12']],
  },
  'review-revision-missing.json': {
    rule: 'a review naming a revision the history does not have is refused',
    named: [['reviews[0].revision', "names revision 2, which is not in the file's history"]],
  },
  'review-outcome-not-in-revision.json': {
    rule: 'a review finding on an outcome its revision does not have is refused',
    named: [
      [
        'reviews[0].outcomes[0].outcome',
        'names outcome "o9", which is not among the outcomes of revision 1',
      ],
    ],
  },
  'review-outcome-twice.json': {
    rule: 'a review finding twice on one outcome is refused',
    named: [['reviews[0].outcomes[1].outcome', 'names outcome "o1" twice']],
  },
  'review-result-unknown.json': {
    rule: 'a finding other than met, partly met or not met is refused',
    named: [['reviews[0].outcomes[1].result', 'must be one of: met, partly-met, not-met']],
  },
  'review-by-without-name.json': {
    rule: 'a review without the name of who held it is refused',
    named: [['reviews[0].by.name', 'is required']],
  },
  'review-ids-repeated.json': {
    rule: 'two reviews with one id are refused',
    named: [['reviews[1].id', 'repeats the id "r1"']],
  },
  'escape-in-review-notes.json': {
    rule: "a review's notes may run over lines, but an escape sequence in them is refused",
    named: [['reviews[0].outcomes[1].notes', 'character 9 is U+001B']],
  },
  'reviews-as-object.json': {
    rule: 'reviews written as an object, not a list, are refused',
    named: [['reviews', 'must be a list']],
  },
  'status-move-skips-proposed.json': {
    rule: 'a plan moved from draft straight to agreed is refused: it is proposed first [H22.5]',
    named: [['statusChanges[0].to', 'cannot move a plan from "draft" to "agreed"']],
  },
  'status-from-not-last.json': {
    rule: 'a move that does not start where the one before it ended is refused',
    named: [
      ['statusChanges[2].from', 'must be "agreed"'],
      ['statusChanges[2].to', 'cannot move a plan from "proposed" to "active"'],
    ],
  },
  'status-dates-out-of-order.json': {
    rule: 'a move dated before the move before it is refused',
    named: [['statusChanges[2].date', 'must not be before 2026-03-27']],
  },
  'status-last-move-not-plan.json': {
    rule: "status moves that do not end at the plan's status are refused",
    named: [['statusChanges[2].to', 'must end at the plan\'s status, "ended"']],
  },
  'status-unknown.json': {
    rule: 'a move to a status the file format does not have is refused',
    named: [['statusChanges[2].to', 'must be one of: draft, proposed, agreed, active, ended']],
  },
  'status-by-role-unknown.json': {
    rule: 'a move by a role the file format does not have is refused',
    named: [['statusChanges[0].by.role', 'must be one of: person, family-member']],
  },
  'approval-without-reason.json': {
    rule: 'an approval above a limit without a reason is refused [H22.4]',
    named: [['statusChanges[1].approval.reason', 'is required']],
  },
  'approval-up-to-as-number.json': {
    rule: "an approver's authority written as a number is refused",
    named: [['statusChanges[1].approval.upTo', MONEY]],
  },
  'approval-role-unknown.json': {
    rule: 'an approver of a role the file format does not have is refused',
    named: [['statusChanges[1].approval.role', 'must be one of: team-manager, service-manager']],
  },
  'approval-on-move-to-proposed.json': {
    rule: 'an approval on a move other than to agreed is refused',
    named: [['statusChanges[0].approval', 'is only for a move to "agreed"']],
  },
  // The plan around the money (version 4): risks, contingency, who pays, a carer's score
  'risk-likelihood-unknown.json': {
    rule: 'a risk whose likelihood is not one of the three words is refused',
    named: [['risks[0].likelihood', 'must be one of: low, medium, high']],
  },
  'risk-what-blank.json': {
    rule: 'a risk that says nothing of what could go wrong is refused',
    named: [['risks[0].what', 'must be text of 1 to 500 characters']],
  },
  'risk-ids-repeated.json': {
    rule: 'two risks with one id are refused',
    named: [['risks[1].id', 'repeats the id "r1"']],
  },
  'escape-in-risk-in-place.json': {
    rule: 'what is in place may run over lines, but an escape sequence in it is refused',
    named: [['risks[0].inPlace', 'character 12 is U+001B']],
  },
  'contingency-carer-unknown.json': {
    rule: 'a carer contingency for a carer the plan does not have is refused',
    named: [['contingency.carer.id', 'names carer "pat", who is not in the list of carers']],
  },
  'contingency-carer-unpaid.json': {
    rule: 'unpaid care cannot be the cover for unpaid care: only a PA or a provider',
    named: [
      ['contingency.carer.resource', 'must be one of: personal-assistant, registered-provider'],
    ],
  },
  'contingency-cover-days-zero.json': {
    rule: 'no days of provider cover is no cover: from 1 to 366 days',
    named: [['contingency.providerCover.days', 'must be a whole number from 1 to 366']],
  },
  'contingency-in-budget-as-text.json': {
    rule: 'whether the contingency counts in the budget is true or false, not a word',
    named: [['contingency.inBudget', 'must be true or false']],
  },
  'who-pays-joint-without-percent.json': {
    rule: "a joint funding without the ICB's share is refused",
    named: [['whoPays.icbPercent', 'is required when the funding is joint']],
  },
  'who-pays-percent-not-joint.json': {
    rule: 'a share given with a single funder is refused',
    named: [['whoPays.icbPercent', 'is only for a joint funding']],
  },
  'who-pays-percent-over-100.json': {
    rule: 'a share above 100 per cent is refused',
    named: [['whoPays.icbPercent', 'from 0 to 100']],
  },
  'who-pays-contribution-negative.json': {
    rule: 'a negative contribution is refused, saying it cannot be negative',
    named: [['whoPays.contributionWeekly', NEGATIVE_MONEY]],
  },
  'who-pays-funder-unknown.json': {
    rule: 'a funder other than the ICB, the council or both is refused',
    named: [['whoPays.funder', 'must be one of: icb, council, joint']],
  },
  'carer-score-over-max.json': {
    rule: "a carer's score above the largest a scale may have is refused",
    named: [['carers[0].score.value', 'from 0 to 1000']],
  },
  'carer-score-no-scale.json': {
    rule: "a score without its scale's name is refused: a number alone means nothing",
    named: [['carers[0].score.scale', 'is required']],
  },
  'carer-score-not-a-day.json': {
    rule: 'a score dated 30 February is refused',
    named: [['carers[0].score.on', 'a day the calendar has']],
  },
  'carer-score-with-questions.json': {
    rule: 'the answers to the questions are never kept: a score with them is refused',
    named: [['carers[0].score.answers', 'is not a field this part of the file can have']],
  },
};

/** Files in the budgets folder that are valid on purpose. */
export const VALID_BUDGETS = ['valid-script-and-formula-activity.json'];

export const PROTOTYPE_FILES = [
  'proto-key-in-line.json',
  'proto-key-in-carer.json',
  'constructor-key-top-level.json',
  'proto-key-top-level.json',
  'constructor-key.json',
  'prototype-key.json',
];
