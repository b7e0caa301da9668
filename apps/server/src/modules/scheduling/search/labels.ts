// What the search's reasons and explanations say, as catalogue messages (packages/contracts,
// `messages/`): the code and its parameters, the local days and times of the instants named, so the
// web (and a problem+json) writes them in the reader's language.
import { TZDate } from '@date-fns/tz';
import type { Message } from '@lotsa/contracts';
import { localDateOf } from './calendar.ts';

export type { Message };

/** The local day and time of day of an instant: `{ date: "2026-03-03", time: "08:00" }`. */
export function localAt(instant: number, timeZone: string): { date: string; time: string } {
  const t = new TZDate(instant, timeZone);
  const time = `${String(t.getHours()).padStart(2, '0')}:${String(t.getMinutes()).padStart(2, '0')}`;
  return { date: localDateOf(instant, timeZone), time };
}
