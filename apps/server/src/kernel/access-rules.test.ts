import type { Role } from '@lotsa/contracts';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../lib/actor.ts';
import {
  CLINICAL_ROLES,
  canAccessPatientsOf,
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
