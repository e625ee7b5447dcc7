export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

/** Saturday and Sunday are priced at the weekend rate (pricing rule 2). */
export function isWeekend(day: Day): boolean {
  return day === 'sat' || day === 'sun';
}

export function sortDays(days: readonly Day[]): Day[] {
  return DAYS.filter((day) => days.includes(day));
}
