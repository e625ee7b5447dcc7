/**
 * react-pdf's Text, taking one string and printing it as plain text (src/domain/plain-text.ts):
 * a line break from a file would start a line of its own on the page, and make react-pdf
 * set it in its fallback Helvetica. Every text of the document is one of these.
 */
import { Text as PdfText } from '@react-pdf/renderer';
import { inertText } from '../../domain/plain-text';

/** The page-text props of react-pdf's Text (not its SVG ones), with one string for children. */
type TextProps = Omit<
  Extract<React.ComponentProps<typeof PdfText>, { wrap?: boolean }>,
  'children'
> & {
  readonly children?: string;
};

export function Text({ children, ...props }: TextProps) {
  return <PdfText {...props}>{children === undefined ? undefined : inertText(children)}</PdfText>;
}
