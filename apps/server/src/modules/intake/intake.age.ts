/** Age in Swedish law's way of counting: pure, unit-tested in intake.rules.test.ts. */

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * Pure: the date (YYYY-MM-DD) a person born on `birthDate` turns 18. Born on 29 February: 28 February
 * in a common year (the last day of the month, as Swedish law counts time).
 */
export function adultFrom(birthDate: string): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const year = y + 18;
  const day = m === 2 && d === 29 && !isLeap(year) ? 28 : d;
  return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Pure: is the person 18 or older on `day` (both YYYY-MM-DD)? */
export const isAdultOn = (birthDate: string, day: string) => adultFrom(birthDate) <= day;

/** Pure: whole years of age on `day`. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const birthday = bm === 2 && bd === 29 && !isLeap(y) ? 28 : bd;
  return y - by - (m < bm || (m === bm && d < birthday) ? 1 : 0);
}
