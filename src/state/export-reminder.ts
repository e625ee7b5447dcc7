/**
 * When to remind people to download a copy of a budget. Safari clears a site's saved
 * data after 7 days without a visit, and any browser may when space runs low, so a
 * budget changed since its last download, with that download (or, if never downloaded,
 * the budget's start) 7 or more days ago, gets a reminder.
 */
import type { SavedBudget } from './saved-budget';

export const EXPORT_REMINDER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export type ExportReminder =
  { readonly kind: 'never' } | { readonly kind: 'stale'; readonly days: number };

export function exportReminder(
  saved: Pick<SavedBudget, 'createdAt' | 'updatedAt' | 'exportedAt'>,
  now: Date,
): ExportReminder | null {
  const since = saved.exportedAt ?? saved.createdAt;
  const sinceMs = Date.parse(since);
  const changedMs = Date.parse(saved.updatedAt);
  if (Number.isNaN(sinceMs) || Number.isNaN(changedMs)) return null;
  if (saved.exportedAt !== null && changedMs <= sinceMs) return null; // the copy is up to date
  const days = Math.floor((now.getTime() - sinceMs) / DAY_MS);
  if (days < EXPORT_REMINDER_DAYS) return null;
  return saved.exportedAt === null ? { kind: 'never' } : { kind: 'stale', days };
}
