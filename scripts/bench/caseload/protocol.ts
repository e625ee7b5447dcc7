/** Messages between the bench's caseload page and its worker. */
import type { Budget } from '../../../src/domain/schema/budget';

export interface CaseloadRequest {
  readonly budgets: readonly Budget[];
  readonly rateCard: string;
}

export interface CaseloadReply {
  readonly priced: number;
  readonly refused: number;
}

/** What the page leaves on `window.__caseload` for the bench to read. */
export type CaseloadOutcome = { readonly seconds: number; readonly priced: number } | { readonly unavailable: string };
