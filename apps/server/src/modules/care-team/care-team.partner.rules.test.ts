import type { NetworkContact } from '@lotsa/contracts';
import { describe, expect, it } from 'vitest';
import { toPartnerPatient } from './care-team.partner.rules.ts';

const contact = (over: Partial<NetworkContact>): NetworkContact => ({
  id: crypto.randomUUID(),
  kind: 'municipal_health_care',
  organisation: 'Kumla kommun',
  name: 'Karin Ek',
  role: 'Kommunsjuksköterska',
  phone: '019-58 80 41',
  email: null,
  consentToShare: true,
  note: 'Bara för vårdteamet',
  ...over,
});

const base = {
  patient: { givenName: 'Anna', familyName: 'Svensson', identityNumber: '194512129802' },
  unit: { name: 'Kumla vårdcentral SMO', phone: '019-602 00 00' },
  staffById: new Map([
    ['d', { givenName: 'Per', familyName: 'Läkarsson' }],
    ['n', { givenName: 'Sanna', familyName: 'Sköterman' }],
  ]),
  displayIdentity: (n: string) => `${n.slice(0, 8)}-${n.slice(8)}`,
};

describe('toPartnerPatient', () => {
  it('passes only consented contacts, without their notes', () => {
    const v = toPartnerPatient({
      ...base,
      current: [],
      shared: [contact({}), contact({ organisation: 'Folktandvården', consentToShare: false })],
    });
    expect(v.sharedNetwork.map((c) => c.organisation)).toEqual(['Kumla kommun']);
    expect(JSON.stringify(v)).not.toContain('Bara för vårdteamet');
    expect(v.patient).toEqual({ name: 'Anna Svensson', identityNumber: '19451212-9802' });
  });

  it('lists the current fixed contacts by name in role order, not ended ones', () => {
    const v = toPartnerPatient({
      ...base,
      shared: [],
      current: [
        { role: 'fixed_nurse', staffId: 'n', validTo: null },
        { role: 'fixed_doctor', staffId: 'd', validTo: null },
        { role: 'navigator', staffId: 'd', validTo: new Date() },
      ],
    });
    expect(v.fixedContacts).toEqual([
      { role: 'fixed_doctor', name: 'Per Läkarsson' },
      { role: 'fixed_nurse', name: 'Sanna Sköterman' },
    ]);
  });
});
