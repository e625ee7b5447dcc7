import { useEffect, useRef, useState, type ReactNode } from 'react';
import { classNames } from './class-names';

export interface ScrollProps {
  /** The id of the caption or heading that names the scrolling region. */
  readonly labelledBy: string;
  readonly children: ReactNode;
}

interface Overflow {
  readonly scrollable: boolean;
  readonly left: boolean;
  readonly right: boolean;
}

/**
 * An NHS.UK table reaches 2 px past its container on each side so that its row borders
 * line up with the text: that much is not worth a scroll shadow.
 */
const BORDER_BLEED_PX = 2;

const none: Overflow = { scrollable: false, left: false, right: false };

/**
 * A region that scrolls sideways when its content (a wide table) is wider than the screen,
 * with NHS.UK's shadows at the edges that hide content. It can take keyboard focus only
 * while it scrolls, so keyboard users can scroll it, as NHS.UK frontend's script does.
 */
export function Scroll({ labelledBy, children }: ScrollProps) {
  const content = useRef<HTMLDivElement>(null);
  const [overflow, setOverflow] = useState<Overflow>(none);

  useEffect(() => {
    const element = content.current;
    if (element === null) return;
    const update = () => {
      const hidden = element.scrollWidth - element.clientWidth;
      const scrollable = hidden > BORDER_BLEED_PX || element.scrollHeight > element.clientHeight;
      const next = {
        scrollable,
        left: scrollable && element.scrollLeft > 0,
        right: scrollable && element.scrollLeft < hidden - 1,
      };
      setOverflow((previous) =>
        previous.scrollable === next.scrollable &&
        previous.left === next.left &&
        previous.right === next.right
          ? previous
          : next,
      );
    };
    update();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : undefined;
    observer?.observe(element);
    if (observer === undefined) window.addEventListener('resize', update);
    element.addEventListener('scroll', update, { passive: true });
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', update);
      element.removeEventListener('scroll', update);
    };
  }, []);

  return (
    <div
      className={classNames(
        'nhsuk-scroll',
        overflow.scrollable && 'nhsuk-scroll--scrollable',
        overflow.left && 'nhsuk-scroll--scrollable-left',
        overflow.right && 'nhsuk-scroll--scrollable-right',
      )}
    >
      <div
        className="nhsuk-scroll__content"
        role="region"
        aria-labelledby={labelledBy}
        tabIndex={overflow.scrollable ? 0 : undefined}
        ref={content}
      >
        {children}
      </div>
    </div>
  );
}
