import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { buttonClassName, type ButtonVariant } from './button';

export interface ButtonLinkProps {
  readonly href: string;
  readonly children: ReactNode;
  readonly variant?: ButtonVariant | undefined;
  readonly small?: boolean | undefined;
  readonly onClick?: ((event: MouseEvent<HTMLAnchorElement>) => void) | undefined;
}

/** A link that looks like a button, for a call to action that goes to another page ("Start now"). */
export function ButtonLink({
  href,
  children,
  variant = 'primary',
  small,
  onClick,
}: ButtonLinkProps) {
  // It has the button role, so the space bar must work as it does on a button.
  const pressSpace = (event: KeyboardEvent<HTMLAnchorElement>) => {
    if (event.key !== ' ') return;
    event.preventDefault();
    event.currentTarget.click();
  };
  return (
    <a
      className={buttonClassName(variant, small)}
      href={href}
      role="button"
      draggable="false"
      onClick={onClick}
      onKeyDown={pressSpace}
    >
      {children}
    </a>
  );
}
