/**
 * The what-if as a first-time commissioner met it: it starts clean each visit (no ticks
 * carried across visits or reloads), lists what Save will move before it does, says what
 * moved after, and saves the plan before and after as revisions, so the move can be undone.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../../src/i18n';
import { setClock } from '../../../src/state/clock';
import { draftKey } from '../../../src/state/drafts-slice';
import { useAppStore } from '../../../src/state/store';
import { planA } from '../../helpers/revision-budgets';
import { Pages } from '../routed-pages';

const budgetOf = (id: string) => {
  const budget = useAppStore.getState().budgets[id]?.budget;
  if (budget === undefined) throw new Error('no budget');
  return budget;
};

function openWhatIf(language: 'en' | 'cy' = 'en') {
  const { id } = useAppStore.getState().addBudget({ ...planA(), rateCard: 'england-2025-26' });
  window.location.hash = `#/budgets/${id}/commissioner`;
  const view = render(
    <I18nextProvider i18n={createI18n(language)}>
      <Pages />
    </I18nextProvider>,
  );
  return { id, view };
}

describe('the what-if', () => {
  it('starts clean on each visit: a tick is never kept for the next visit or a reload', async () => {
    const { id, view } = openWhatIf();
    await userEvent.click(screen.getByLabelText(/Sam: Meals and housework/));
    expect(screen.getByLabelText(/Sam: Meals and housework/)).toBeChecked();
    expect(Object.keys(useAppStore.getState().drafts)).toEqual([]);
    view.unmount();
    window.location.hash = `#/budgets/${id}/commissioner`;
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <Pages />
      </I18nextProvider>,
    );
    expect(screen.getByLabelText(/Sam: Meals and housework/)).not.toBeChecked();
    expect(
      screen.getByText('Choose at least one piece of care to see the difference.'),
    ).toBeInTheDocument();
  });

  it('drops ticks an earlier version kept on the device', async () => {
    const { id } = useAppStore
      .getState()
      .addBudget({ ...planA(), id: 'kept', rateCard: 'england-2025-26' });
    useAppStore
      .getState()
      .setDraft(draftKey(id, 'what-if'), { lines: ['l2'], to: 'registered-provider' });
    window.location.hash = `#/budgets/${id}/commissioner`;
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <Pages />
      </I18nextProvider>,
    );
    expect(await screen.findByLabelText(/Sam: Meals and housework/)).not.toBeChecked();
    expect(useAppStore.getState().drafts).toEqual({});
  });

  it('lists what Save will move, says what moved, and saves the plan before and after as revisions', async () => {
    setClock(() => new Date('2026-12-04T11:00:00'));
    const { id } = openWhatIf();
    await userEvent.click(screen.getByLabelText(/Sam: Meals and housework/));
    await userEvent.click(screen.getByLabelText('A registered provider (standard rate)'));
    const willMove = screen.getByRole('heading', {
      name: 'Saving will move this care from the carer to a registered provider at the standard rate:',
    });
    // The list says each piece of care in the words of its tick box.
    const label = document.querySelector('.nhsuk-checkboxes__label')?.textContent ?? '';
    expect(label).toMatch(/^Sam: Meals and housework, 21/);
    // The list right after that heading, not the cost comparison's own lists further down.
    expect(
      within(willMove.nextElementSibling as HTMLElement).getByRole('listitem').textContent,
    ).toBe(label);
    expect(budgetOf(id).lines[1]).toMatchObject({ resource: 'unpaid-carer' });

    await userEvent.click(screen.getByRole('button', { name: 'Save this change to the plan' }));
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent(
      '1 piece of care moved to a registered provider at the standard rate',
    );
    expect(banner).toHaveTextContent(
      `Moved: ${label}. Saved as revision 2; to undo the move, restore revision 1 on the revisions page.`,
    );
    const saved = budgetOf(id);
    expect(saved.lines[1]).toMatchObject({ resource: 'registered-provider' });
    expect(
      saved.revisions?.map((revision) => [
        revision.number,
        revision.date,
        revision.reason,
        revision.madeBy.role,
      ]),
    ).toEqual([
      [
        1,
        '2026-12-04',
        'The plan before the what-if moved care to a registered provider at the standard rate',
        'commissioner',
      ],
      [
        2,
        '2026-12-04',
        `What-if: moved to a registered provider at the standard rate: ${label}`,
        'commissioner',
      ],
    ]);
    expect(saved.revisions?.[0]?.snapshot.lines[1]).toMatchObject({
      resource: 'unpaid-carer',
      carer: 'c1',
    });
    expect(useAppStore.getState().restoreRevision(id, 1)).toBe(true);
    expect(budgetOf(id).lines[1]).toMatchObject({ resource: 'unpaid-carer', carer: 'c1' });
  });

  it('says the same in Welsh', async () => {
    openWhatIf('cy');
    await userEvent.click(screen.getByLabelText(/Sam: Meals and housework/));
    expect(
      screen.getByRole('heading', {
        name: 'Bydd cadw yn symud y gofal hwn oddi wrth y gofalwyr i gynorthwyydd personol:',
      }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: "Cadw'r newid hwn yn y cynllun" }));
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Gofal wedi symud i gynorthwyydd personol: 1 darn');
    expect(banner).toHaveTextContent(
      "Wedi'i gadw fel diwygiad 2; i ddadwneud y symud, adferwch ddiwygiad 1",
    );
  });
});
