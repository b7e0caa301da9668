// Words for the search's reasons and explanations: Swedish first, English second.
import { TZDate } from '@date-fns/tz';
import type { Feature, Profession } from '@lotsa/contracts';
import { format } from 'date-fns';
import { enGB, sv } from 'date-fns/locale';

export const FEATURE_LABEL: Record<Feature, { sv: string; en: string }> = {
  wide_bench: { sv: 'bred brits', en: 'a wide bench' },
  floor_lift: { sv: 'golvlyft', en: 'a floor lift' },
  ceiling_lift: { sv: 'taklyft', en: 'a ceiling lift' },
  hearing_loop: { sv: 'hörslinga', en: 'a hearing loop' },
  low_stimulus: { sv: 'lågstimulerande miljö', en: 'a low-stimulus setting' },
  wheelchair_scale: { sv: 'rullstolsvåg', en: 'a wheelchair scale' },
  height_adjustable_bench: { sv: 'höj- och sänkbar brits', en: 'a height-adjustable bench' },
  separate_entrance: { sv: 'egen ingång', en: 'a separate entrance' },
};

export const PROFESSION_LABEL: Record<Profession, { sv: string; en: string }> = {
  navigator: { sv: 'lots', en: 'navigator' },
  doctor: { sv: 'läkare', en: 'doctor' },
  nurse: { sv: 'sjuksköterska', en: 'nurse' },
  assistant_nurse: { sv: 'undersköterska', en: 'assistant nurse' },
  ot: { sv: 'arbetsterapeut', en: 'occupational therapist' },
  pt: { sv: 'fysioterapeut', en: 'physiotherapist' },
  unit_manager: { sv: 'enhetschef', en: 'unit manager' },
  other: { sv: 'annan personal', en: 'other staff' },
};

/** Features as a list in both languages: "golvlyft och bred brits" / "a floor lift and a wide bench". */
export function listFeatures(features: readonly Feature[]): { sv: string; en: string } {
  const join = (words: string[], and: string) =>
    words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}`;
  return {
    sv: join(
      features.map((f) => FEATURE_LABEL[f].sv),
      'och',
    ),
    en: join(
      features.map((f) => FEATURE_LABEL[f].en),
      'and',
    ),
  };
}

/** "3 mars" / "3 March" for the local date of an instant. */
export function formatDay(instant: number, timeZone: string): { sv: string; en: string } {
  const t = new TZDate(instant, timeZone);
  return { sv: format(t, 'd MMMM', { locale: sv }), en: format(t, 'd MMMM', { locale: enGB }) };
}

/** "3 mars kl. 08:00" / "3 March at 08:00". */
export function formatStart(instant: number, timeZone: string): { sv: string; en: string } {
  const t = new TZDate(instant, timeZone);
  return {
    sv: format(t, "d MMMM 'kl.' HH:mm", { locale: sv }),
    en: format(t, "d MMMM 'at' HH:mm", { locale: enGB }),
  };
}
