/**
 * What the page sends to the PDF worker and what it hears back: plain data only, as a
 * worker receives a copy (functions, Decimals and Maps would not survive the copy).
 */
import type { IsoDate } from '../../domain/calendar';
import type { Budget } from '../../domain/schema/budget';
import type { RateCard } from '../../domain/schema/rate-card';
import type { Language, Messages } from '../../i18n/languages';
import type { Prepared } from './budget-document';
import type { Revision } from './pdf-about';

export interface PdfRequest {
  readonly budget: Budget;
  readonly card: RateCard;
  /** The day the page's figures are as at: the PDF is priced as at the same day. */
  readonly asOf: IsoDate;
  readonly language: Language;
  /** The page's messages by language: English and, for Welsh, Welsh. */
  readonly messages: Partial<Record<Language, Messages>>;
  /** The day the document is made, as an ISO date. */
  readonly madeOn: string;
  readonly revision?: Revision | undefined;
}

/**
 * The steps the person is told of, in order: the PDF maker loading (the first time, the
 * renderer's 450 KB), the fonts its text needs, then setting out the pages.
 */
export const PDF_STAGES = ['loading', 'fonts', 'layout'] as const;
export type PdfStage = (typeof PDF_STAGES)[number];

/** From the worker: a step reached, the outcome, or what went wrong. */
export type PdfWorkerMessage =
  | { readonly kind: 'stage'; readonly stage: PdfStage }
  | { readonly kind: 'done'; readonly outcome: Prepared<Blob> }
  | { readonly kind: 'fault'; readonly message: string };
