import type {
  AnswerValue,
  CheckNote,
  HealthCheckTemplate,
  ItemAnswer,
  LocalText,
  MessageCode,
  TemplateItem,
  TemplateSection,
} from '@lotsa/contracts';

/**
 * The protocol's pure rules: checking a section's answers against its template (refused values,
 * warnings), BMI, prompts (over five years since the eye test …), screening due by age and sex,
 * and what must be answered before the doctor signs (STOMP per psychotropic, diagnostic
 * overshadowing rule-outs). No IO: unit-tested in health-checks.rules.test.ts.
 */

export type Answers = Record<string, ItemAnswer>;
/** A refused answer: where, and the catalogue code (with parameters) of its message. */
export interface FieldError {
  path: string;
  code: MessageCode;
  params: Record<string, unknown>;
}
const fe = (path: string, code: MessageCode, params: Record<string, unknown> = {}): FieldError => ({
  path,
  code,
  params,
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const t = (sv: string, en: string): LocalText => ({ sv, en });

function checkScalar(item: TemplateItem, value: AnswerValue, path: string, today: string): FieldError[] {
  if (value === null || value === '') return [];
  const bad = (code: MessageCode, params: Record<string, unknown> = {}) => [fe(path, code, params)];
  switch (item.type) {
    case 'decimal':
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return bad('health_check_not_a_number');
      if (item.type === 'integer' && !Number.isInteger(value)) return bad('health_check_not_whole_number');
      if ((item.min !== undefined && value < item.min) || (item.max !== undefined && value > item.max))
        return bad('health_check_out_of_range', {
          label: item.text,
          value,
          min: item.min ?? value,
          max: item.max ?? value,
          unit: item.unit ? ` ${item.unit}` : '',
        });
      return [];
    }
    case 'boolean':
      return typeof value === 'boolean' ? [] : bad('health_check_yes_or_no');
    case 'choice':
      return typeof value === 'string' && item.answerOption?.some((o) => o.code === value)
        ? []
        : bad('health_check_choose_option');
    case 'date':
      if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(value)))
        return bad('health_check_date_format');
      return value > today ? bad('health_check_date_in_future') : [];
    case 'string':
    case 'text':
      return typeof value === 'string' ? [] : bad('health_check_text_expected');
    default:
      return bad('health_check_wrong_kind');
  }
}

/**
 * Checks and normalises a section's answers: unknown items, wrong types and impossible values are
 * errors (nothing is saved); computed items are dropped (Lotsa computes them); an item not done
 * keeps its reason and no value.
 */
export function checkSectionAnswers(
  section: TemplateSection,
  answers: Answers,
  today: string,
): { answers: Answers; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const out: Answers = {};
  const items = new Map(section.item.map((i) => [i.linkId, i]));
  for (const [linkId, answer] of Object.entries(answers)) {
    const item = items.get(linkId);
    const path = `answers.${linkId}`;
    if (!item) {
      errors.push(fe(path, 'health_check_unknown_item'));
      continue;
    }
    if (item.computed) continue;
    if (answer.notDoneReason) {
      out[linkId] = { value: null, notDoneReason: answer.notDoneReason };
      continue;
    }
    if (item.type === 'rows') {
      const rows = answer.value;
      if (rows !== null && !Array.isArray(rows)) {
        errors.push(fe(path, 'health_check_wrong_kind'));
        continue;
      }
      const columns = new Map((item.columns ?? []).map((c) => [c.linkId, c]));
      const kept = (rows ?? []).filter((row) => Object.values(row).some((v) => v !== null && v !== ''));
      kept.forEach((row, i) => {
        for (const [col, v] of Object.entries(row)) {
          const column = columns.get(col);
          if (!column) errors.push(fe(`${path}.${i}.${col}`, 'health_check_unknown_column'));
          else errors.push(...checkScalar(column, v, `${path}.${i}.${col}`, today));
        }
      });
      out[linkId] = { value: kept, notDoneReason: null };
      continue;
    }
    if (Array.isArray(answer.value)) {
      errors.push(fe(path, 'health_check_wrong_kind'));
      continue;
    }
    errors.push(...checkScalar(item, answer.value, path, today));
    if (answer.value !== null && answer.value !== '')
      out[linkId] = { value: answer.value, notDoneReason: null };
  }
  const sys = out['measurements.systolic']?.value;
  const dia = out['measurements.diastolic']?.value;
  if (typeof sys === 'number' && typeof dia === 'number' && sys <= dia)
    errors.push(
      fe('answers.measurements.systolic', 'health_check_bp_order', { systolic: sys, diastolic: dia }),
    );
  return { answers: out, errors };
}

/** BMI from weight (kg) and height (cm), one decimal; null without both. */
export function bmiOf(weightKg: unknown, heightCm: unknown): number | null {
  if (typeof weightKg !== 'number' || typeof heightCm !== 'number' || heightCm <= 0) return null;
  const m = heightCm / 100;
  return Math.round((weightKg / (m * m)) * 10) / 10;
}

/** Common psychotropic drug names (Swedish generic names), for the STOMP prompt on unmarked rows. */
const PSYCHOTROPICS = [
  'risperidon',
  'haloperidol',
  'olanzapin',
  'kvetiapin',
  'quetiapin',
  'aripiprazol',
  'klozapin',
  'levomepromazin',
  'zuklopentixol',
  'flupentixol',
  'perfenazin',
  'klorprotixen',
  'paliperidon',
  'sertralin',
  'citalopram',
  'escitalopram',
  'fluoxetin',
  'paroxetin',
  'mirtazapin',
  'venlafaxin',
  'diazepam',
  'oxazepam',
  'alprazolam',
  'lorazepam',
  'klonazepam',
  'propiomazin',
  'alimemazin',
  'hydroxizin',
  'litium',
  'metylfenidat',
  'zopiklon',
  'zolpidem',
];
export function looksPsychotropic(name: unknown): boolean {
  if (typeof name !== 'string') return false;
  const n = name.toLowerCase();
  return PSYCHOTROPICS.some((p) => n.includes(p));
}

/** Whole years between a birth date and a day (both YYYY-MM-DD). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

function yearsBefore(day: string, years: number): string {
  return `${Number(day.slice(0, 4)) - years}${day.slice(4)}`;
}

const SCREENING_TEXT = {
  cervical: t('Cellprovtagning (kvinnor 23–64 år)', 'Cervical screening (women 23–64)'),
  breast: t('Mammografi (kvinnor 40–74 år)', 'Breast screening (women 40–74)'),
  bowel: t('Tarmcancerscreening (60–74 år)', 'Bowel cancer screening (60–74)'),
  aaa: t('Bukaortaaneurysm (män 65 år)', 'Abdominal aortic aneurysm (men at 65)'),
} as const;

/** Which Swedish screening programmes invite the person by age and sex on the day. */
export function screeningFor(birthDate: string | null, sex: 'female' | 'male' | null, day: string) {
  const age = birthDate ? ageOn(birthDate, day) : null;
  const within = (lo: number, hi: number) => age !== null && age >= lo && age <= hi;
  const eligible = {
    cervical: sex === 'female' && within(23, 64),
    breast: sex === 'female' && within(40, 74),
    bowel: within(60, 74),
    aaa: sex === 'male' && within(65, 66),
  };
  return (Object.keys(SCREENING_TEXT) as Array<keyof typeof SCREENING_TEXT>).map((programme) => ({
    programme,
    eligible: eligible[programme],
    text: SCREENING_TEXT[programme],
  }));
}

function isEnabled(item: TemplateItem, answers: Answers): boolean {
  if (!item.enableWhen) return true;
  return answers[item.enableWhen.linkId]?.value === item.enableWhen.answer;
}

export interface DeriveInput {
  template: HealthCheckTemplate;
  sectionIds: readonly string[];
  answers: Record<string, Answers>;
  birthDate: string | null;
  sex: 'female' | 'male' | null;
  today: string;
}

/** What the protocol says about the answers so far: warnings, prompts, signing blockers, screening. */
export function deriveCheck(input: DeriveInput) {
  const { template, today } = input;
  const warnings: CheckNote[] = [];
  const prompts: CheckNote[] = [];
  const signBlockers: CheckNote[] = [];
  const m = input.answers.measurements ?? {};
  const bmi = bmiOf(m['measurements.weight']?.value, m['measurements.height']?.value);
  for (const section of template.item) {
    if (!input.sectionIds.includes(section.linkId)) continue;
    const answers = input.answers[section.linkId] ?? {};
    for (const item of section.item) {
      const a = answers[item.linkId];
      const note = (text: LocalText) => ({ section: section.linkId, linkId: item.linkId, text });
      if (!isEnabled(item, answers)) continue;
      const v = item.computed === 'bmi' ? bmi : a?.value;
      if (
        typeof v === 'number' &&
        ((item.warnMin !== undefined && v < item.warnMin) || (item.warnMax !== undefined && v > item.warnMax))
      )
        warnings.push(
          note(
            t(
              `${item.text.sv}: ${v}${item.unit ? ` ${item.unit}` : ''} är ovanligt – kontrollera värdet.`,
              `${item.text.en}: ${v}${item.unit ? ` ${item.unit}` : ''} is unusual – check the value.`,
            ),
          ),
        );
      // A date long ago, or a saved section without the date, is prompted; an unsaved section is not yet.
      const saved = input.answers[section.linkId] !== undefined;
      const old = typeof v === 'string' ? v < yearsBefore(today, item.olderThan?.years ?? 0) : saved;
      if (item.olderThan && !a?.notDoneReason && old) prompts.push(note(item.olderThan.prompt));
      if (
        section.linkId === 'behaviour' &&
        item.linkId.startsWith('behaviour.rule-out-') &&
        !a?.value &&
        !a?.notDoneReason
      )
        signBlockers.push(
          note(
            t(
              `Beteendet har förändrats: bedöm "${item.text.sv}" innan en beteendeförklaring godtas.`,
              `Behaviour has changed: assess "${item.text.en}" before a behavioural explanation is accepted.`,
            ),
          ),
        );
      if (item.type === 'rows' && Array.isArray(v) && item.columns?.some((c) => c.stomp)) {
        for (const row of v) {
          const flagged = row.psychotropic === true || looksPsychotropic(row.name);
          if (!flagged) continue;
          const name = typeof row.name === 'string' && row.name ? row.name : '?';
          if (row.psychotropic !== true)
            prompts.push(
              note(
                t(
                  `${name} ser ut att vara psykofarmaka: markera raden.`,
                  `${name} looks like a psychotropic: mark the row.`,
                ),
              ),
            );
          if (!row.indication || !row['stomp-plan'])
            signBlockers.push(
              note(
                t(
                  `STOMP: ange indikation och plan (fortsätt, minska, sätt ut) för ${name}.`,
                  `STOMP: enter the indication and plan (continue, reduce, stop) for ${name}.`,
                ),
              ),
            );
        }
      }
    }
  }
  const screening = screeningFor(input.birthDate, input.sex, today);
  const sc = input.answers.screening ?? {};
  for (const s of screening) {
    const answered = sc[`screening.${s.programme}`];
    if (s.eligible && !answered?.value && !answered?.notDoneReason)
      prompts.push({
        section: 'screening',
        linkId: `screening.${s.programme}`,
        text: t(
          `${s.text.sv}: personen ingår i programmet – fråga om det är gjort.`,
          `${s.text.en}: the person is in the programme – ask whether it is done.`,
        ),
      });
  }
  return { bmi, warnings, prompts, signBlockers, screening };
}

/** Every item a signed check left not done, with the reason: carried forward to the next check. */
export function notDoneOf(answers: Record<string, Answers>) {
  const out: Array<{ section: string; linkId: string; reason: string }> = [];
  for (const [section, items] of Object.entries(answers))
    for (const [linkId, a] of Object.entries(items))
      if (a.notDoneReason) out.push({ section, linkId, reason: a.notDoneReason });
  return out;
}
