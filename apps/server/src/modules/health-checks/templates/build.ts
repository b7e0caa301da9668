import type { LocalText, TemplateItem, TemplateSection } from '@lotsa/contracts';

/**
 * Small constructors for writing a template as data: each returns a plain FHIR-Questionnaire-shaped
 * item, so a template file reads as a list of questions. The released versions are pinned by their
 * hash in templates.test.ts: a change means a new version, never an edit.
 */

type Extra = Partial<Omit<TemplateItem, 'linkId' | 'type' | 'text'>>;
const t = (sv: string, en: string): LocalText => ({ sv, en });

export const text = t;
export const yesNo = (linkId: string, sv: string, en: string, extra: Extra = {}): TemplateItem => ({
  linkId,
  type: 'boolean',
  text: t(sv, en),
  ...extra,
});
export const choice = (
  linkId: string,
  sv: string,
  en: string,
  options: Array<[code: string, sv: string, en: string]>,
  extra: Extra = {},
): TemplateItem => ({
  linkId,
  type: 'choice',
  text: t(sv, en),
  answerOption: options.map(([code, osv, oen]) => ({ code, text: t(osv, oen) })),
  ...extra,
});
export const note = (linkId: string, sv: string, en: string, extra: Extra = {}): TemplateItem => ({
  linkId,
  type: 'text',
  text: t(sv, en),
  ...extra,
});
export const line = (linkId: string, sv: string, en: string, extra: Extra = {}): TemplateItem => ({
  linkId,
  type: 'string',
  text: t(sv, en),
  ...extra,
});
export const date = (linkId: string, sv: string, en: string, extra: Extra = {}): TemplateItem => ({
  linkId,
  type: 'date',
  text: t(sv, en),
  ...extra,
});
export const number = (
  linkId: string,
  sv: string,
  en: string,
  extra: Extra & { integer?: boolean } = {},
): TemplateItem => {
  const { integer, ...rest } = extra;
  return { linkId, type: integer ? 'integer' : 'decimal', text: t(sv, en), ...rest };
};
export const loinc = (code: string, display: string) => ({ system: 'http://loinc.org', code, display });
export const section = (
  linkId: string,
  sv: string,
  en: string,
  roles: TemplateSection['roles'],
  item: TemplateItem[],
  diagnoses?: string[],
): TemplateSection => ({ linkId, text: t(sv, en), roles, ...(diagnoses ? { diagnoses } : {}), item });

/** The common answer set for a rule-out question (diagnostic overshadowing). */
export const RULE_OUT: Array<[string, string, string]> = [
  ['ruled_out', 'Uteslutet', 'Ruled out'],
  ['suspected', 'Misstänks – åtgärd i planen', 'Suspected – action in the plan'],
  ['not_assessed', 'Ej bedömt', 'Not assessed'],
];
export const YES_NO_UNKNOWN: Array<[string, string, string]> = [
  ['no', 'Nej', 'No'],
  ['yes', 'Ja', 'Yes'],
  ['unknown', 'Vet inte', 'Not known'],
];
export const SCREENING_STATUS: Array<[string, string, string]> = [
  ['up_to_date', 'Aktuell', 'Up to date'],
  ['due', 'Ska erbjudas', 'To be offered'],
  ['declined', 'Avböjt', 'Declined'],
  ['adjusted', 'Anpassad undersökning planeras', 'Adjusted examination planned'],
  ['not_applicable', 'Inte aktuellt', 'Not applicable'],
];
