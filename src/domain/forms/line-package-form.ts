/**
 * The need-line form's questions about price and sharing (pricing rules 17 and 18): a
 * price agreed for this person, with who agreed it, and how many people share the support.
 * Kept apart from line-form.ts, which spreads these fields into its own.
 */
import type { Problem } from '../problems';
import type { NeedLine, Resource } from '../schema/budget';
import { SHARED_BY_LIMITS } from '../schema/budget-values';
import { moneyInput, problemsOf, requiredText, wholeNumberInput } from './form-fields';

export type LinePrice = 'card' | 'agreed';

export type LinePackageForm = {
  /** At the rate card's rates, or at a price agreed for this person. */
  readonly price: LinePrice;
  /** Hourly on a visits line, per night on a sleep-in: the provider's price or the PA's pay. */
  readonly agreedAmount: string;
  readonly agreedSource: string;
  /** How many people share the support, counting this person; empty when it is theirs alone. */
  readonly sharedBy: string;
};

export const NEW_PACKAGE_FORM: LinePackageForm = {
  price: 'card',
  agreedAmount: '',
  agreedSource: '',
  sharedBy: '',
};

/** The fields a line may carry from these questions. */
export type LinePackage = Pick<NeedLine, 'agreedRate' | 'agreedPay' | 'agreedSource' | 'sharedBy'>;

export function packageToForm(line: NeedLine): LinePackageForm {
  const agreed = line.agreedRate ?? line.agreedPay;
  return {
    price: agreed === undefined ? 'card' : 'agreed',
    agreedAmount: agreed?.hourly ?? agreed?.perNight ?? '',
    agreedSource: line.agreedSource ?? '',
    sharedBy: line.sharedBy === undefined ? '' : String(line.sharedBy),
  };
}

/** Only a provider's or a PA's line has a price of its own or a cost to share. */
export function isPaid(
  resource: Resource | '',
): resource is 'registered-provider' | 'personal-assistant' {
  return resource === 'registered-provider' || resource === 'personal-assistant';
}

/**
 * The agreed figure and the sharing the form gives, or its problems. Questions that do not
 * apply to who gives the support are ignored, as the page hides them.
 */
export function formToPackage(
  form: LinePackageForm,
  resource: Resource | '',
  kind: NeedLine['kind'],
): { readonly problems: Problem[]; readonly value: LinePackage } {
  if (!isPaid(resource)) return { problems: [], value: {} };
  const found: Problem[] = [];
  const value: { -readonly [K in keyof LinePackage]: LinePackage[K] } = {};
  if (form.sharedBy.trim() !== '') {
    const shared = wholeNumberInput(form.sharedBy, 'line', 'sharedBy', 1, SHARED_BY_LIMITS.max);
    found.push(...problemsOf(shared));
    // One person is the line without sharing: the file leaves sharedBy out then.
    if (shared.ok && shared.value >= SHARED_BY_LIMITS.min) value.sharedBy = shared.value;
  }
  if (form.price === 'agreed') {
    const amount = moneyInput(form.agreedAmount, 'line', 'agreedAmount');
    const source = requiredText(form.agreedSource, 'line', 'agreedSource', 300);
    found.push(...problemsOf(amount, source));
    if (amount.ok && source.ok) {
      const figure = kind === 'visits' ? { hourly: amount.value } : { perNight: amount.value };
      if (resource === 'registered-provider') value.agreedRate = figure;
      else value.agreedPay = figure;
      value.agreedSource = source.value;
    }
  }
  return { problems: found, value };
}
