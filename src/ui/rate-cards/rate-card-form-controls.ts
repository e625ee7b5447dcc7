/** What every part of the rate-card form needs: the fields as typed, their errors, setters. */
import type { RateCardForm } from '../../domain/forms/rate-card-form';

export interface RateCardFormControls {
  readonly form: RateCardForm;
  readonly text: (key: string) => string;
  readonly set: (key: string) => (value: string) => void;
  /** Changes the form from its value as it is now, never as this render saw it. */
  readonly update: (change: (was: RateCardForm) => RateCardForm) => void;
  readonly errorFor: (key: string) => string | undefined;
}
