import type { AnswerValue, SectionAnswers, TemplateItem, TemplateSection } from '@lotsa/contracts';

/** A row of a repeating group in the form, with a key for focus and React. */
export type FormRow = { key: string } & Record<string, string | number | boolean | null>;
/** What the form holds per item: numbers as typed (converted on save), rows with keys. */
export interface FormAnswer {
  value: string | number | boolean | null | FormRow[];
  notDone: boolean;
  reason: string;
}
export type FormAnswers = Record<string, FormAnswer>;

let rowSerial = 0;
export const newRowKey = () => `row-${++rowSerial}`;

/** The form's starting answers from a saved section (or empty). */
export function toForm(section: TemplateSection, saved: SectionAnswers | undefined): FormAnswers {
  const out: FormAnswers = {};
  for (const item of section.item) {
    const a = saved?.answers[item.linkId];
    let value = (a?.value ?? null) as FormAnswer['value'];
    if (item.type === 'rows')
      value = Array.isArray(a?.value) ? a.value.map((r) => ({ ...r, key: newRowKey() })) : [];
    else if (typeof value === 'number') value = String(value);
    out[item.linkId] = { value, notDone: Boolean(a?.notDoneReason), reason: a?.notDoneReason ?? '' };
  }
  return out;
}

function toNumber(raw: string): number | string {
  const n = Number(raw.trim().replace(',', '.').replace(/\s/g, ''));
  return Number.isFinite(n) ? n : raw; // the server refuses what is not a number, with its message
}

/** The save request's answers: numbers parsed, empty values left out, not-done with the reason. */
export function toRequest(section: TemplateSection, form: FormAnswers) {
  const answers: Record<string, { value: AnswerValue; notDoneReason?: string }> = {};
  for (const item of section.item) {
    const a = form[item.linkId];
    if (!a || item.computed) continue;
    if (a.notDone) {
      answers[item.linkId] = { value: null, notDoneReason: a.reason.trim() || '-' };
      continue;
    }
    const value = requestValue(item, a.value);
    if (value !== null) answers[item.linkId] = { value };
  }
  return answers;
}

function requestValue(item: TemplateItem, v: FormAnswer['value']): AnswerValue {
  if (item.type === 'rows')
    return (v as FormRow[])
      .map(({ key: _, ...cells }) => cells)
      .filter((r) => Object.values(r).some((c) => c !== null && c !== ''));
  if (v === null || v === '') return null;
  if ((item.type === 'decimal' || item.type === 'integer') && typeof v === 'string') return toNumber(v);
  return v as AnswerValue;
}

/** Whether an item is shown: its enableWhen item has the given answer in the form (FHIR enableWhen). */
export function isEnabled(item: TemplateItem, form: FormAnswers): boolean {
  if (!item.enableWhen) return true;
  return form[item.enableWhen.linkId]?.value === item.enableWhen.answer;
}
