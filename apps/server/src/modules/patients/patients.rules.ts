import type { Patient, PatientListItem, Representative } from '@lotsa/contracts';
import type { patients, representatives } from './patients.tables.ts';

type PatientRow = typeof patients.$inferSelect;
type RepresentativeRow = typeof representatives.$inferSelect;

export type PatientQuery =
  | { kind: 'identity'; digits: string; century: boolean }
  | { kind: 'name'; words: string[] };

/**
 * What a search text means: six or more digits (with or without - or +) search the identity number
 * from the start, with or without the century; anything else searches names, every word matching the
 * start of the given or family name.
 */
export function parsePatientQuery(q: string): PatientQuery {
  const compact = q.replace(/[\s+-]/g, '');
  if (/^[0-9]{6,12}$/.test(compact)) {
    // 8 or 12 digits start with the century (19121212…); 6 or 10 digits do not (121212…).
    const century = compact.length === 8 || compact.length >= 11;
    return { kind: 'identity', digits: compact, century };
  }
  const words = q
    .toLowerCase()
    .split(/[\s,]+/)
    .map((w) => w.replace(/[%_\\]/g, ''))
    .filter((w) => w.length > 0)
    .slice(0, 4);
  return { kind: 'name', words };
}

/** 12-digit identity numbers are shown as YYYYMMDD-NNNN; reserve numbers as stored. */
export function displayIdentity(normalized: string): string {
  return /^[0-9]{12}$/.test(normalized) ? `${normalized.slice(0, 8)}-${normalized.slice(8)}` : normalized;
}

export function toListItem(r: PatientRow): PatientListItem {
  return {
    id: r.id,
    identityNumber: displayIdentity(r.identityNumber),
    identityKind: r.identityKind as PatientListItem['identityKind'],
    givenName: r.givenName,
    familyName: r.familyName,
    birthDate: r.birthDate,
    municipalityCode: r.municipalityCode,
    protectedIdentity: r.protectedIdentity,
    diagnoses: r.diagnoses,
  };
}

/**
 * Protected identity (skyddade personuppgifter): the address of the patient, and of everyone who
 * could lead to them, is never shown or returned.
 */
export function toRepresentative(r: RepresentativeRow, patientProtected: boolean): Representative {
  const hasAddress = r.streetAddress || r.postalCode || r.city;
  return {
    id: r.id,
    kind: r.kind as Representative['kind'],
    name: r.name,
    phone: r.phone,
    email: r.email,
    address:
      patientProtected || !hasAddress
        ? null
        : { streetAddress: r.streetAddress, postalCode: r.postalCode, city: r.city },
    receivesLetters: r.receivesLetters,
    receivesHealthInfo: r.receivesHealthInfo,
    mayBook: r.mayBook,
    note: r.note,
  };
}

export function toPatient(r: PatientRow, reps: RepresentativeRow[]): Patient {
  return {
    ...toListItem(r),
    unitId: r.unitId,
    sex: r.sex as Patient['sex'],
    address: r.protectedIdentity
      ? null
      : { streetAddress: r.streetAddress, postalCode: r.postalCode, city: r.city },
    phone: r.phone,
    email: r.email,
    note: r.note,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    representatives: reps.map((rep) => toRepresentative(rep, r.protectedIdentity)),
  };
}

/**
 * A representative of a protected patient: their address is never sent out, so a form cannot show it.
 * An update that leaves the address empty keeps the stored one instead of erasing it.
 */
export function keepHiddenAddress<
  T extends { streetAddress?: string | null; postalCode?: string | null; city?: string | null },
>(values: T, patientProtected: boolean): T {
  if (!patientProtected || values.streetAddress || values.postalCode || values.city) return values;
  const { streetAddress: _s, postalCode: _p, city: _c, ...rest } = values;
  return rest as T;
}

/**
 * A patient as a search shows them to staff without a care relationship (decision 0010): who they
 * are — name, identity number, sex and birth date (both in the number) — and nothing more.
 */
export function whoOnly(r: PatientRow): PatientRow {
  return {
    ...r,
    streetAddress: null,
    postalCode: null,
    city: null,
    phone: null,
    email: null,
    diagnoses: [],
    note: null,
    needsGroup: null,
  };
}
