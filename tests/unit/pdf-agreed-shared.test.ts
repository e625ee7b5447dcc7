/**
 * The PDF works an agreed rate and a shared line as the summary's working does (issue 24):
 * the agreed rate with who agreed it and the card's rate it replaces, and the week's cost
 * divided between the people who share it. Split-rates card: provider £20.00 an hour on
 * weekdays, £30.00 at weekends.
 */
import { describe, expect, it } from 'vitest';
import { budget, carer, price, visits } from '../helpers/builders';
import { render, RENDER_TIMEOUT, withPdfFolder } from '../helpers/pdf-render';
import { DAYS } from '../../src/domain/days';

withPdfFolder();

describe('the PDF of a budget with an agreed rate and a shared line', () => {
  it(
    'says who agreed the rate, the card’s rate it replaces, and the division of the shared week',
    async () => {
      const pricing = price({
        ...budget({ carers: [carer({ id: 'c1', name: 'Bob' })] }),
        lines: [
          visits({
            id: 'spot',
            activity: 'Spot-purchased care',
            agreedRate: { hourly: '24.80' },
            agreedSource: 'Agreed by the CHC team, 3 March 2026',
          }),
          // 7 days × 1 h: 5 × £20.00 + 2 × £30.00 = £160.00; ÷ 3 = £53.333…
          visits({ id: 'house', activity: 'Shared support', days: [...DAYS], sharedBy: 3 }),
        ],
      });
      const { flat } = await render('agreed-shared', pricing);
      expect(flat).toContain(
        "Spot-purchased care: Agreed rate: £24.80 an hour, in place of the rate card's £20.00 an hour (agreed: Agreed by the CHC team, 3 March 2026)",
      );
      expect(flat).toContain(
        "Spot-purchased care: At the rate card's rates this line would cost £20.00 a week: the agreed figure costs £4.80 a week more",
      );
      expect(flat).toContain(
        'Shared support: Shared by 3 people at the same time: £160.00 ÷ 3 = £53.333333… for this person',
      );
    },
    RENDER_TIMEOUT,
  );
});
