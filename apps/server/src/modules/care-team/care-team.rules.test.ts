import type { NetworkContact, Staff } from '@lotsa/contracts';
import { renderAnyMessage } from '@lotsa/contracts';
import { describe, expect, it } from 'vitest';
import { checkAssignment, type Problem, toCareTeam, toMyContacts } from './care-team.rules.ts';

/** A problem's message in a language, from the catalogues. */
const text = (lang: 'sv' | 'en', p: Problem | null) => (p ? renderAnyMessage(lang, p.code, p.params) : null);

const KUMLA = 'unit-kumla';
const staff = (id: string, profession: Staff['profession'], unitId = KUMLA, active = true): Staff => ({
  id,
  unitId,
  givenName: id,
  familyName: 'Testsson',
  profession,
  hsaId: null,
  phone: `019-${id.length}00 00`,
  email: null,
  active,
});
const staffById = new Map(
  [
    staff('per', 'doctor'),
    staff('sanna', 'nurse'),
    staff('nadia', 'nurse'),
    staff('elsa', 'navigator'),
    staff('ulla', 'assistant_nurse'),
    staff('hallsberg', 'nurse', 'unit-other'),
    staff('gone', 'nurse', KUMLA, false),
  ].map((s) => [s.id, s]),
);
const check = (
  role: 'fixed_doctor' | 'fixed_nurse' | 'navigator',
  staffId: string,
  standIn: string | null = null,
) => checkAssignment({ role, staffId, standInStaffId: standIn, patientUnitId: KUMLA, staffById });

describe('checkAssignment', () => {
  it('accepts a doctor, a nurse with a nurse stand-in, and a navigator of the patient’s unit', () => {
    expect(check('fixed_doctor', 'per')).toBeNull();
    expect(check('fixed_nurse', 'sanna', 'nadia')).toBeNull();
    expect(check('navigator', 'elsa')).toBeNull();
  });

  it('refuses the wrong profession, naming who and what, in Swedish and English', () => {
    const p = check('fixed_doctor', 'sanna')!;
    expect(p.code).toBe('wrong_profession');
    expect(text('sv', p)).toBe(
      'sanna Testsson är sjuksköterska och kan inte vara fast läkarkontakt. Välj en läkare.',
    );
    expect(text('en', p)).toBe('sanna Testsson is a nurse and cannot be the fixed doctor. Choose a doctor.');
    expect(text('en', check('navigator', 'ulla'))).toBe(
      'ulla Testsson is an assistant nurse and cannot be the navigator. Choose a navigator.',
    );
    expect(check('fixed_nurse', 'ulla')?.code).toBe('wrong_profession');
    expect(check('navigator', 'per')?.code).toBe('wrong_profession');
  });

  it('refuses staff of another unit, unknown, inactive, and a stand-in who is wrong or the same person', () => {
    expect(check('fixed_nurse', 'hallsberg')?.code).toBe('staff_other_unit');
    expect(check('fixed_nurse', 'nobody')?.code).toBe('unknown_staff');
    expect(check('fixed_nurse', 'gone')?.code).toBe('staff_inactive');
    expect(check('fixed_nurse', 'sanna', 'sanna')?.code).toBe('stand_in_same');
    const standIn = check('fixed_nurse', 'sanna', 'per')!;
    expect(standIn.code).toBe('wrong_profession');
    expect(text('sv', standIn)).toMatch(/^Ersättare: /);
    expect(check('fixed_nurse', 'sanna', 'hallsberg')?.code).toBe('staff_other_unit');
  });
});

const at = (iso: string) => new Date(iso);
const rows = [
  {
    role: 'fixed_nurse',
    staffId: 'sanna',
    standInStaffId: 'nadia',
    validFrom: at('2026-01-01T00:00:00Z'),
    validTo: null,
    assignedByName: 'Chef',
  },
  {
    role: 'fixed_doctor',
    staffId: 'per',
    standInStaffId: null,
    validFrom: at('2026-06-01T00:00:00Z'),
    validTo: null,
    assignedByName: 'Chef',
  },
  {
    role: 'fixed_doctor',
    staffId: 'leo',
    standInStaffId: null,
    validFrom: at('2025-01-01T00:00:00Z'),
    validTo: at('2026-06-01T00:00:00Z'),
    assignedByName: 'Chef',
  },
  {
    role: 'navigator',
    staffId: 'elsa',
    standInStaffId: null,
    validFrom: at('2025-01-01T00:00:00Z'),
    validTo: at('2025-03-01T00:00:00Z'),
    assignedByName: 'Chef',
  },
];

describe('toCareTeam', () => {
  it('lists the open assignments in role order and the ended ones, latest ended first', () => {
    const team = toCareTeam('complex', rows, staffById);
    expect(team.needsGroup).toBe('complex');
    expect(team.current.map((a) => [a.role, a.staffName, a.standInName])).toEqual([
      ['fixed_doctor', 'per Testsson', null],
      ['fixed_nurse', 'sanna Testsson', 'nadia Testsson'],
    ]);
    expect(team.history.map((a) => [a.role, a.staffId, a.validTo])).toEqual([
      ['fixed_doctor', 'leo', '2026-06-01T00:00:00.000Z'],
      ['navigator', 'elsa', '2025-03-01T00:00:00.000Z'],
    ]);
  });
});

describe('toMyContacts', () => {
  const contact = (organisation: string, consentToShare: boolean): NetworkContact => ({
    id: organisation,
    kind: 'dentist',
    organisation,
    name: null,
    role: null,
    phone: '019-11 22 33',
    email: null,
    consentToShare,
    note: null,
  });
  it('shows the current fixed contacts and only the network contacts the patient agreed to share', () => {
    const sheet = toMyContacts({
      patient: { givenName: 'Anna', familyName: 'Andersson' },
      unit: { name: 'Kumla vårdcentral SMO', phone: '019-602 00 00' },
      current: rows,
      network: [contact('Folktandvården', false), contact('Habiliteringen', true)],
      staffById,
    });
    expect(sheet.patientName).toBe('Anna Andersson');
    expect(sheet.people.map((p) => [p.role, p.name, p.profession, p.photoUrl])).toEqual([
      ['fixed_doctor', 'per Testsson', 'doctor', '/api/staff/per/photo'],
      ['fixed_nurse', 'sanna Testsson', 'nurse', '/api/staff/sanna/photo'],
    ]);
    expect(sheet.network.map((n) => n.organisation)).toEqual(['Habiliteringen']);
  });
});
