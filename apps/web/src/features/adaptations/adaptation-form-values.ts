import { adaptationCode } from '@lotsa/contracts';
import type { AdaptationProfileInput, SavedItem } from './use-adaptations.ts';

/** One coded item as the form holds it: every parameter as a string or '' (a number for minutes). */
export type ItemValues = {
  code: string;
  note: string;
  params: {
    minutes: number | '';
    language: string;
    timeFrom: string;
    timeTo: string;
    who: string;
    wheelchairType: string;
  };
};

/** The form's values of a saved item, or of a new one with `code`. */
export function toItemValues(i: SavedItem | null, code: string): ItemValues {
  const p = i?.params ?? {};
  return {
    code,
    note: i?.note ?? '',
    params: {
      minutes: p.minutes ?? '',
      language: p.language ?? '',
      timeFrom: p.timeFrom ?? '',
      timeTo: p.timeTo ?? '',
      who: p.who ?? '',
      wheelchairType: p.wheelchairType ?? '',
    },
  };
}

/**
 * What the form sends: the top three without empty lines, and per item only the parameters its code
 * declares, each left out when empty.
 */
export function toBody(
  topThree: string[],
  consentBy: AdaptationProfileInput['consentBy'],
  items: ItemValues[],
): AdaptationProfileInput {
  return {
    topThree: topThree.map((s) => s.trim()).filter(Boolean),
    consentBy,
    items: items.map((i) => {
      const declared = adaptationCode(i.code)?.params ?? [];
      const params: Record<string, unknown> = {};
      for (const name of declared) {
        const v = i.params[name];
        if (v !== '') params[name] = v;
      }
      return {
        code: i.code,
        note: i.note.trim() === '' ? undefined : i.note,
        params,
      } as AdaptationProfileInput['items'][number];
    }),
  };
}
