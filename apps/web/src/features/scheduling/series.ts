const isEnglish = (lang: string) => lang.startsWith('en');

const WEEKDAYS = {
  sv: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/**
 * A recurrence in words: "varannan onsdag kl. 13.00", "varje måndag kl. 9.30", "var tredje vecka på
 * onsdagar kl. 13.00"; "every other Wednesday at 13:00", "every 3 weeks on Wednesdays at 13:00".
 */
export function recurrenceWords(
  r: { everyWeeks: number; weekday: number; time: string },
  lang: string,
): string {
  const en = isEnglish(lang);
  const day = (en ? WEEKDAYS.en : WEEKDAYS.sv)[r.weekday - 1] ?? '';
  const [h, m] = r.time.split(':');
  const time = en ? `${Number(h)}:${m}` : `${Number(h)}.${m}`;
  if (en) {
    if (r.everyWeeks === 1) return `every ${day} at ${time}`;
    if (r.everyWeeks === 2) return `every other ${day} at ${time}`;
    return `every ${r.everyWeeks} weeks on ${day}s at ${time}`;
  }
  if (r.everyWeeks === 1) return `varje ${day} kl. ${time}`;
  if (r.everyWeeks === 2) return `varannan ${day} kl. ${time}`;
  const ordinal = ['', '', '', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde'][r.everyWeeks];
  return `var ${ordinal ?? `${r.everyWeeks}:e`} vecka på ${day}ar kl. ${time}`;
}
