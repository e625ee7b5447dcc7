/** The addresses of a budget's spending pages: what is left, the payments, one payment, importing. */
import { href, NEW } from '../routes';

const spending = (budgetId: string, ...rest: string[]) =>
  href({ page: 'spending', budgetId, rest });

export const spendingHref = {
  left: (budgetId: string) => spending(budgetId),
  /** The payments, or only those behind one red flag found as at a day. */
  payments: (
    budgetId: string,
    flag?: { readonly id: string; readonly asOf?: string | undefined },
  ) =>
    flag === undefined
      ? spending(budgetId, 'payments')
      : `${spending(budgetId, 'payments')}?${new URLSearchParams({
          flag: flag.id,
          ...(flag.asOf === undefined ? {} : { asOf: flag.asOf }),
        }).toString()}`,
  payment: (budgetId: string, paymentId: string = NEW) => spending(budgetId, 'payments', paymentId),
  import: (budgetId: string) => spending(budgetId, 'import'),
};

/** The red flag whose payments are listed (`?flag=` in the address), if any. */
export function flagInHash(hash: string): string | undefined {
  const query = hash.indexOf('?');
  if (query === -1) return undefined;
  return new URLSearchParams(hash.slice(query + 1)).get('flag') ?? undefined;
}
