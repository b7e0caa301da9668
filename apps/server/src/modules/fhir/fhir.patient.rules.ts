import type { Patient as LotsaPatient } from '@lotsa/contracts';
import type { Identifier, Patient } from '@medplum/fhirtypes';

export const PERSONNUMMER = 'urn:oid:1.2.752.129.2.1.3.1';
export const SAMORDNINGSNUMMER = 'urn:oid:1.2.752.129.2.1.3.3';
/** A region's reserve numbers: each region issues its own, so each has its own system. */
export const reserveNumberSystem = (regionCode: string) =>
  `https://lotsa.se/fhir/sid/reservnummer/${encodeURIComponent(regionCode)}`;
export const CONFIDENTIALITY = 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality';

/** The identifier system of a kind of identity number. */
export function identitySystem(kind: string, regionCode: string): string {
  if (kind === 'personnummer') return PERSONNUMMER;
  if (kind === 'samordningsnummer') return SAMORDNINGSNUMMER;
  return reserveNumberSystem(regionCode);
}

/** The kind of identity number an identifier system names, or null for a system we do not issue. */
export function identityKindOf(system: string, regionCode: string): string | null {
  if (system === PERSONNUMMER) return 'personnummer';
  if (system === SAMORDNINGSNUMMER) return 'samordningsnummer';
  if (system === reserveNumberSystem(regionCode)) return 'reservnummer';
  return null;
}

/**
 * A patient as a FHIR Patient, made from the patients module's own answer (`patients.rules.ts` has
 * already dropped a protected patient's address). Protected identity (skyddade personuppgifter): no
 * address and no telecom either, and `meta.security` carries the confidentiality label R
 * (restricted), so a receiving system knows to keep the record protected.
 */
export function toFhirPatient(row: LotsaPatient, regionCode: string): Patient {
  const identifier: Identifier = {
    use: 'official',
    system: identitySystem(row.identityKind, regionCode),
    value: row.identityNumber.replace('-', ''),
  };
  const telecom = row.protectedIdentity
    ? []
    : [
        ...(row.phone ? [{ system: 'phone' as const, value: row.phone }] : []),
        ...(row.email ? [{ system: 'email' as const, value: row.email }] : []),
      ];
  const a = row.protectedIdentity ? null : row.address;
  const hasAddress = a && (a.streetAddress || a.postalCode || a.city);
  return {
    resourceType: 'Patient',
    id: row.id,
    meta: {
      lastUpdated: row.updatedAt,
      ...(row.protectedIdentity
        ? { security: [{ system: CONFIDENTIALITY, code: 'R', display: 'restricted' }] }
        : {}),
    },
    identifier: [identifier],
    active: true,
    name: [
      {
        use: 'official',
        text: `${row.givenName} ${row.familyName}`,
        family: row.familyName,
        given: row.givenName.split(/\s+/).filter(Boolean),
      },
    ],
    ...(telecom.length > 0 ? { telecom } : {}),
    ...(row.sex ? { gender: row.sex === 'female' ? ('female' as const) : ('male' as const) } : {}),
    ...(row.birthDate ? { birthDate: row.birthDate } : {}),
    ...(hasAddress
      ? {
          address: [
            {
              use: 'home' as const,
              type: 'physical' as const,
              ...(a.streetAddress ? { line: [a.streetAddress] } : {}),
              ...(a.postalCode ? { postalCode: a.postalCode } : {}),
              ...(a.city ? { city: a.city } : {}),
              country: 'SE',
            },
          ],
        }
      : {}),
    managingOrganization: { reference: `Organization/${row.unitId}` },
  };
}
