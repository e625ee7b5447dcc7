/**
 * The app's words in a component: `const { t, i18n } = useTranslation()`, as
 * react-i18next's hook is called, over the same instance (its `I18nextProvider`), with
 * `t` the quick one (i18n/quick-t.ts). react-i18next's hook does much on every render of
 * every component that calls it (a copy of the instance's every property, its options
 * spread, a fixed `t` made, namespaces checked), which the start page's first frame and
 * every keystroke paid for (docs/performance.md, "Eleventh round"); this one reads the
 * context and the language. A component draws again when the language or the messages
 * change, as with react-i18next's.
 */
import type { i18n, TFunction } from 'i18next';
import { useCallback, useContext, useSyncExternalStore } from 'react';
import { I18nContext } from 'react-i18next';
import { onWordsChanged, quickT } from '../../i18n/quick-t';

export interface Translation {
  readonly t: TFunction;
  readonly i18n: i18n;
}

export function useTranslation(): Translation {
  const instance = useContext(I18nContext)?.i18n;
  if (instance === undefined)
    throw new Error('useTranslation needs an I18nextProvider above it (see main.tsx)');
  const subscribe = useCallback(
    (changed: () => void) => onWordsChanged(instance, changed),
    [instance],
  );
  const snapshot = () => quickT(instance);
  // The same words on a server render (the unit tests render pages to markup).
  const t = useSyncExternalStore(subscribe, snapshot, snapshot);
  return { t, i18n: instance };
}
