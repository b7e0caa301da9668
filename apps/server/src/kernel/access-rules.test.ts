import type { Role } from '@lotsa/contracts';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../lib/actor.ts';
import {
  type AccessBasis,
  CLINICAL_ROLES,
  canAccessPatientsOf,
  DEFAULT_ACCESS_SETTINGS,
  decidePatientAccess,
  grantExpiry,
  isPartnerAt,
  isPartnerOnly,
  isPartnerPath,
} from './access-rules.ts';

const actor = (roles: Record<string, Role[]>, isRegionAdmin = false): Actor => ({
  userId: 'u',
  userName: 'U',
  regionId: 'r',
  activeUnitId: null,
  unitRoles: new Map(Object.entries(roles)),
  isRegionAdmin,
  locale: 'sv',
  reason: 'test',
});

describe('canAccessPatientsOf', () => {
  it('allows any care role in the patient’s unit', () => {
    for (const role of [
      'navigator',
      'doctor',
      'nurse',
      'assistant_nurse',
      'ot',
      'pt',
      'unit_manager',
    ] as Role[]) {
      expect(canAccessPatientsOf(actor({ kumla: [role] }), 'kumla')).toBe(true);
    }
  });
  it('refuses another unit, and a region admin without a role there', () => {
    expect(canAccessPatientsOf(actor({ kumla: ['nurse'] }), 'hallsberg')).toBe(false);
    expect(canAccessPatientsOf(actor({}, true), 'kumla')).toBe(false);
  });
});

describe('partner access', () => {
  it('is not a care role: a partner never reaches patient records', () => {
    expect(CLINICAL_ROLES).not.toContain('partner');
    expect(canAccessPatientsOf(actor({ kumla: ['partner'] }), 'kumla')).toBe(false);
    expect(isPartnerAt(actor({ kumla: ['partner'] }), 'kumla')).toBe(true);
    expect(isPartnerAt(actor({ kumla: ['partner'] }), 'hallsberg')).toBe(false);
    expect(isPartnerAt(actor({ kumla: ['nurse'] }), 'kumla')).toBe(false);
  });
  it('confines a partner-only account, not one that also has a care role or is a region admin', () => {
    expect(isPartnerOnly(actor({ kumla: ['partner'] }))).toBe(true);
    expect(isPartnerOnly(actor({ kumla: ['partner'], hallsberg: ['nurse'] }))).toBe(false);
    expect(isPartnerOnly(actor({ kumla: ['partner'] }, true))).toBe(false);
    expect(isPartnerOnly(actor({ kumla: ['nurse'] }))).toBe(false);
    expect(isPartnerOnly(actor({}))).toBe(false);
  });
  it('lets a partner account use only sign-in and the partner API', () => {
    expect(isPartnerPath('/api/partner/patients/lookup')).toBe(true);
    expect(isPartnerPath('/api/auth/me')).toBe(true);
    for (const path of ['/api/patients', '/api/partnerx', '/api/audit', '/api/organisation/staff'])
      expect(isPartnerPath(path)).toBe(false);
  });
});

describe('decidePatientAccess (decision 0010)', () => {
  const one = (bases: AccessBasis['kind'][], protectedIdentity = false) => [{ bases, protectedIdentity }];
  const base = { inUnit: true, memberOfUnit: true, relationRequired: true };

  it('opens for a care relationship, asks the rest of the unit for a reason, and flags reason access', () => {
    expect(decidePatientAccess({ ...base, patients: one(['fixed_nurse']) })).toEqual({
      allow: true,
      basis: 'care_relation',
      flags: [],
    });
    expect(decidePatientAccess({ ...base, patients: one([]) })).toEqual({
      allow: false,
      why: 'reason_required',
    });
    expect(decidePatientAccess({ ...base, patients: one(['reason']) })).toEqual({
      allow: true,
      basis: 'reason',
      flags: ['no_care_relation'],
    });
    // Every patient the row names needs one.
    expect(decidePatientAccess({ ...base, patients: [...one(['care_team']), ...one([])] })).toMatchObject({
      allow: false,
      why: 'reason_required',
    });
  });

  it('answers outside the unit as out of scope, unless an emergency access is active there', () => {
    const outside = { ...base, inUnit: false, memberOfUnit: false };
    expect(decidePatientAccess({ ...outside, patients: one(['fixed_nurse']) })).toEqual({
      allow: false,
      why: 'out_of_scope',
    });
    expect(decidePatientAccess({ ...outside, patients: one(['emergency']) })).toEqual({
      allow: true,
      basis: 'emergency',
      flags: ['emergency'],
    });
    // Emergency access is for other units: a unit's own staff state a reason instead.
    expect(decidePatientAccess({ ...base, patients: one(['emergency']) })).toMatchObject({
      why: 'reason_required',
    });
    // A custom rule refusing someone with a role at the unit is a refusal (403), not out of scope.
    expect(
      decidePatientAccess({ ...base, inUnit: false, relationRequired: false, patients: one([]) }),
    ).toEqual({ allow: false, why: 'rule' });
  });

  it('asks anyone outside the patient’s care to confirm a protected identity, and flags every opening', () => {
    expect(decidePatientAccess({ ...base, patients: one(['fixed_doctor'], true) })).toEqual({
      allow: true,
      basis: 'care_relation',
      flags: ['protected_identity'],
    });
    expect(decidePatientAccess({ ...base, patients: one(['reason'], true) })).toEqual({
      allow: false,
      why: 'confirm_required',
    });
    expect(decidePatientAccess({ ...base, patients: one(['reason', 'protected_confirmed'], true) })).toEqual({
      allow: true,
      basis: 'reason',
      flags: ['no_care_relation', 'protected_identity'],
    });
  });

  it('needs no relation where the guard says so (log extract, partner view, intake board)', () => {
    expect(decidePatientAccess({ ...base, relationRequired: false, patients: one([], true) })).toEqual({
      allow: true,
      basis: 'unit',
      flags: ['protected_identity'],
    });
  });
});

describe('grantExpiry', () => {
  const now = new Date('2026-03-29T08:30:00Z'); // the day summer time starts in Sweden
  it('ends a reason at the end of the Swedish day by default, or after the configured hours', () => {
    expect(grantExpiry('reason', DEFAULT_ACCESS_SETTINGS, now).toISOString()).toBe(
      '2026-03-29T22:00:00.000Z',
    );
    expect(grantExpiry('reason', { ...DEFAULT_ACCESS_SETTINGS, reasonHours: 2 }, now).toISOString()).toBe(
      '2026-03-29T10:30:00.000Z',
    );
  });
  it('ends an emergency access after its hours and a registration after a week', () => {
    expect(grantExpiry('emergency', DEFAULT_ACCESS_SETTINGS, now).toISOString()).toBe(
      '2026-03-29T12:30:00.000Z',
    );
    expect(grantExpiry('registered', DEFAULT_ACCESS_SETTINGS, now).toISOString()).toBe(
      '2026-04-05T22:00:00.000Z',
    );
  });
});
