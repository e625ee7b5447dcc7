import { useEffect, useRef, type MouseEvent, type ReactNode, type Ref } from 'react';
import { classNames } from './class-names';

export type ButtonVariant = 'primary' | 'secondary' | 'reverse' | 'warning';

/** NHS.UK frontend's window for ignoring a second click, in milliseconds. */
export const DOUBLE_CLICK_WINDOW_MS = 1000;

// Each class written whole: the build keeps only the rules of classes the source names.
const VARIANT_CLASS: Record<ButtonVariant, string | undefined> = {
  primary: undefined,
  secondary: 'nhsuk-button--secondary',
  reverse: 'nhsuk-button--reverse',
  warning: 'nhsuk-button--warning',
};

export const buttonClassName = (variant: ButtonVariant, small = false) =>
  classNames('nhsuk-button', VARIANT_CLASS[variant], small && 'nhsuk-button--small');

export interface ButtonProps {
  readonly children: ReactNode;
  readonly variant?: ButtonVariant | undefined;
  /** As in HTML and NHS.UK, "submit" unless said otherwise. */
  readonly type?: 'submit' | 'button' | 'reset' | undefined;
  readonly onClick?: ((event: MouseEvent<HTMLButtonElement>) => void) | undefined;
  readonly disabled?: boolean | undefined;
  /** Ignore a second click within a second, so a double-click does not submit twice. */
  readonly preventDoubleClick?: boolean | undefined;
  readonly small?: boolean | undefined;
  /** The button element, for a page that moves focus to it. */
  readonly ref?: Ref<HTMLButtonElement> | undefined;
}

export function Button({
  children,
  variant = 'primary',
  type = 'submit',
  onClick,
  disabled,
  preventDoubleClick = false,
  small,
  ref,
}: ButtonProps) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  const click = (event: MouseEvent<HTMLButtonElement>) => {
    if (preventDoubleClick) {
      if (timer.current !== null) {
        event.preventDefault(); // stops a form submitting a second time too
        return;
      }
      timer.current = setTimeout(() => {
        timer.current = null;
      }, DOUBLE_CLICK_WINDOW_MS);
    }
    onClick?.(event);
  };

  return (
    <button
      ref={ref}
      className={buttonClassName(variant, small)}
      type={type}
      disabled={disabled}
      aria-disabled={disabled === true ? 'true' : undefined}
      onClick={click}
    >
      {children}
    </button>
  );
}
