import type { ReactNode, Ref } from 'react';
import { classNames } from './class-names';

export interface MainWrapperProps {
  /** The skip link's target. */
  readonly id?: string | undefined;
  /** Less (s) or more (l) space above and below than the default. */
  readonly size?: 's' | 'l' | undefined;
  readonly ref?: Ref<HTMLElement> | undefined;
  readonly children: ReactNode;
}

// Each class written whole: the build keeps only the rules of classes the source names.
const SIZE_CLASS = { s: 'nhsuk-main-wrapper--s', l: 'nhsuk-main-wrapper--l' } as const;

/** The page's <main>, with NHS.UK's vertical spacing; sits inside the width container. */
export function MainWrapper({ id = 'maincontent', size, ref, children }: MainWrapperProps) {
  return (
    <main className={classNames('nhsuk-main-wrapper', size && SIZE_CLASS[size])} id={id} ref={ref}>
      {children}
    </main>
  );
}
