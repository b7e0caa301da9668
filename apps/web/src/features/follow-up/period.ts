import type { Period } from '@lotsa/contracts';

export type PeriodKind = 'month' | 'quarter' | 'year' | 'custom';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Today in Stockholm, YYYY-MM-DD. */
export function stockholmToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
}

/** The month, quarter or year `back` steps before the one holding `today`. */
export function periodBack(kind: Exclude<PeriodKind, 'custom'>, today: string, back: number): Period {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const months = kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12;
  const first = kind === 'month' ? m : kind === 'quarter' ? Math.floor((m - 1) / 3) * 3 + 1 : 1;
  const index = y * 12 + (first - 1) - back * months;
  const fy = Math.floor(index / 12);
  const fm = (index % 12) + 1;
  const endIndex = index + months - 1;
  const ty = Math.floor(endIndex / 12);
  const tm = (endIndex % 12) + 1;
  return { from: `${fy}-${pad(fm)}-01`, to: `${ty}-${pad(tm)}-${pad(lastDay(ty, tm))}` };
}

/** "mars 2026", "kv. 1 2026", "2026": the name of a preset period. */
export function periodName(kind: Exclude<PeriodKind, 'custom'>, p: Period, locale: string): string {
  const y = p.from.slice(0, 4);
  if (kind === 'year') return y;
  const m = Number(p.from.slice(5, 7));
  if (kind === 'quarter')
    return locale === 'en'
      ? `Q${Math.floor((m - 1) / 3) + 1} ${y}`
      : `kv. ${Math.floor((m - 1) / 3) + 1} ${y}`;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${p.from}T12:00:00Z`));
}
