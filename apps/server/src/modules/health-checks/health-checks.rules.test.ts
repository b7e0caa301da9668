import { createHash } from 'node:crypto';
import { ZHealthCheckTemplate, ZSaveSectionRequest } from '@lotsa/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageOn,
  bmiOf,
  checkSectionAnswers,
  deriveCheck,
  looksPsychotropic,
  notDoneOf,
  screeningFor,
} from './health-checks.rules.ts';
import { applicableSections, currentTemplate, sectionOf, TEMPLATES } from './health-checks.templates.ts';

const template = currentTemplate();
const section = (id: string) => sectionOf(template, id)!;
const today = '2026-12-07';
const a = (value: unknown, notDoneReason: string | null = null) => ({ value, notDoneReason }) as never;

describe('the templates', () => {
  it('are valid Questionnaire-shaped data with unique link ids, and released versions never change', () => {
    // A released version's content is pinned: editing it must fail here (make a new version instead).
    const PINNED: Record<number, string> = { 1: 'b0c1b4063894a38e' };
    for (const t of TEMPLATES) {
      expect(ZHealthCheckTemplate.parse(t)).toEqual(t);
      const ids = t.item.flatMap((s) => [s.linkId, ...s.item.map((i) => i.linkId)]);
      expect(new Set(ids).size).toBe(ids.length);
      for (const s of t.item) for (const i of s.item) expect(i.linkId.startsWith(`${s.linkId}.`)).toBe(true);
      for (const s of t.item)
        for (const i of s.item)
          if (i.enableWhen) expect(s.item.some((o) => o.linkId === i.enableWhen!.linkId)).toBe(true);
      const hash = createHash('sha256').update(JSON.stringify(t)).digest('hex').slice(0, 16);
      expect(hash).toBe(PINNED[t.version]);
    }
    const loincs = template.item.flatMap((s) => s.item).flatMap((i) => (i.code ? [i.code.code] : []));
    expect(loincs).toEqual(expect.arrayContaining(['29463-7', '8302-2', '39156-5', '8480-6', '8462-4']));
  });

  it('attaches the diagnosis modules of the patient’s codes and no others', () => {
    const general = applicableSections(template, []);
    expect(general).toContain('medication');
    expect(general).not.toContain('down-syndrome');
    const ds = applicableSections(template, ['Q90', 'F71', 'G40']);
    expect(ds).toEqual(expect.arrayContaining(['down-syndrome', 'seizure-plan']));
    expect(ds).not.toContain('cerebral-palsy');
    expect(applicableSections(template, ['G80.0'])).toContain('cerebral-palsy');
    expect(applicableSections(template, ['F84.0'])).toContain('autism');
  });
});

describe('checking a section', () => {
  it('refuses impossible values, wrong kinds and unknown items, and keeps plausible ones', () => {
    const m = section('measurements');
    expect(checkSectionAnswers(m, { 'measurements.weight': a(0) }, today).errors[0]?.path).toBe(
      'answers.measurements.weight',
    );
    expect(checkSectionAnswers(m, { 'measurements.weight': a(700) }, today).errors).toHaveLength(1);
    expect(checkSectionAnswers(m, { 'measurements.pulse': a(70.5) }, today).errors).toHaveLength(1);
    expect(checkSectionAnswers(m, { 'measurements.weight': a('heavy') }, today).errors).toHaveLength(1);
    expect(checkSectionAnswers(m, { 'vision.glasses': a(true) }, today).errors).toHaveLength(1);
    const bp = checkSectionAnswers(
      m,
      { 'measurements.systolic': a(80), 'measurements.diastolic': a(90) },
      today,
    );
    expect(bp.errors.map((e) => e.path)).toEqual(['answers.measurements.systolic']);
    const ok = checkSectionAnswers(
      m,
      { 'measurements.weight': a(72.5), 'measurements.bmi': a(99), 'measurements.waist': a('') },
      today,
    );
    expect(ok).toEqual({ answers: { 'measurements.weight': a(72.5) }, errors: [] });
  });

  it('keeps a not-done reason without a value, and refuses future dates and unknown choices', () => {
    const m = section('measurements');
    expect(
      checkSectionAnswers(m, { 'measurements.systolic': a(120, 'Tolererade inte blodtryck') }, today).answers,
    ).toEqual({ 'measurements.systolic': a(null, 'Tolererade inte blodtryck') });
    expect(
      checkSectionAnswers(section('vision'), { 'vision.last-exam': a('2027-01-01') }, today).errors,
    ).toHaveLength(1);
    expect(checkSectionAnswers(section('hearing'), { 'hearing.wax': a('lots') }, today).errors).toHaveLength(
      1,
    );
  });

  it('drops empty medication rows and checks the columns of the others', () => {
    const med = section('medication');
    const r = checkSectionAnswers(
      med,
      {
        'medication.list': a([
          { name: 'Risperidon', dose: '1 mg' },
          { name: '', dose: null },
        ]),
      },
      today,
    );
    expect(r.answers['medication.list']?.value).toEqual([{ name: 'Risperidon', dose: '1 mg' }]);
    expect(
      checkSectionAnswers(med, { 'medication.list': a([{ colour: 'red' }]) }, today).errors,
    ).toHaveLength(1);
  });

  it('never throws on any request the contract lets through', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('measurements.weight', 'measurements.systolic', 'measurements.diastolic', 'x'),
          fc.record({ value: fc.oneof(fc.double(), fc.string(), fc.boolean(), fc.constant(null)) }),
        ),
        (answers) => {
          const body = ZSaveSectionRequest.safeParse({ expectedVersion: 0, answers });
          if (body.success) checkSectionAnswers(section('measurements'), body.data.answers, today);
        },
      ),
    );
  });
});

describe('what the protocol derives', () => {
  const base = {
    template,
    sectionIds: applicableSections(template, []),
    birthDate: '1960-03-01',
    sex: 'female' as const,
    today,
  };

  it('computes BMI, warns on unusual values and prompts for old eye and hearing tests', () => {
    expect(bmiOf(80, 180)).toBe(24.7);
    expect(bmiOf(80, null)).toBeNull();
    const d = deriveCheck({
      ...base,
      answers: {
        measurements: { 'measurements.weight': a(210), 'measurements.height': a(170) },
        vision: { 'vision.last-exam': a('2019-05-01') },
        hearing: { 'hearing.last-audiometry': a('2024-01-01') },
      },
    });
    expect(d.bmi).toBe(72.7);
    expect(d.warnings.map((w) => w.linkId)).toEqual(['measurements.weight']);
    expect(d.prompts.map((p) => p.linkId)).toContain('vision.last-exam');
    expect(d.prompts.map((p) => p.linkId)).not.toContain('hearing.last-audiometry');
  });

  it('blocks signing until each psychotropic has an indication and a STOMP plan, and spots unmarked ones', () => {
    const rows = (list: unknown[]) => ({ medication: { 'medication.list': a(list) } });
    const open = deriveCheck({ ...base, answers: rows([{ name: 'Kvetiapin 25 mg', psychotropic: false }]) });
    expect(open.signBlockers).toHaveLength(1);
    expect(open.prompts.some((p) => p.text.sv.includes('ser ut att vara psykofarmaka'))).toBe(true);
    const done = deriveCheck({
      ...base,
      answers: rows([
        { name: 'Kvetiapin', psychotropic: true, indication: 'Sömn', 'stomp-plan': 'reduce' },
        { name: 'Alvedon' },
      ]),
    });
    expect(done.signBlockers).toEqual([]);
    expect(looksPsychotropic('RISPERIDON Orion')).toBe(true);
    expect(looksPsychotropic('Paracetamol')).toBe(false);
  });

  it('asks for somatic causes to be ruled out when behaviour has changed (diagnostic overshadowing)', () => {
    expect(
      deriveCheck({ ...base, answers: { behaviour: { 'behaviour.change': a(false) } } }).signBlockers,
    ).toEqual([]);
    const changed = deriveCheck({
      ...base,
      answers: { behaviour: { 'behaviour.change': a(true), 'behaviour.rule-out-pain': a('ruled_out') } },
    });
    expect(changed.signBlockers.map((b) => b.linkId)).toEqual([
      'behaviour.rule-out-constipation',
      'behaviour.rule-out-ears-teeth',
      'behaviour.rule-out-thyroid',
      'behaviour.rule-out-medication',
    ]);
  });

  it('knows the screening programmes by age and sex, and lists what was not done', () => {
    expect(ageOn('1960-12-08', today)).toBe(65);
    const woman = screeningFor('1960-03-01', 'female', today);
    expect(woman.filter((s) => s.eligible).map((s) => s.programme)).toEqual(
      ['cervical', 'breast', 'bowel'].slice(1),
    );
    expect(screeningFor('1961-01-01', 'male', today).find((s) => s.programme === 'aaa')?.eligible).toBe(true);
    expect(
      screeningFor('1990-01-01', 'female', today)
        .filter((s) => s.eligible)
        .map((s) => s.programme),
    ).toEqual(['cervical']);
    expect(screeningFor(null, null, today).every((s) => !s.eligible)).toBe(true);
    expect(notDoneOf({ measurements: { 'measurements.systolic': a(null, 'Tolererade inte') } })).toEqual([
      { section: 'measurements', linkId: 'measurements.systolic', reason: 'Tolererade inte' },
    ]);
  });
});
