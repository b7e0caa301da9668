import {
  ADAPTATION_CODES,
  type AdaptationItem,
  diagnosisName,
  FEATURES,
  PROFESSIONS,
} from '@lotsa/contracts';
import type { CodeSystem, Condition, Flag } from '@medplum/fhirtypes';
import { LOTSA_CS } from './fhir.organisation.rules.ts';

/** ICD-10-SE (Socialstyrelsen's Swedish edition of ICD-10). */
export const ICD10SE = 'urn:oid:1.2.752.116.1.1.1.1.3';
export const ADAPTATION_CS = `${LOTSA_CS}/adaptation`;

/** Ids of resources that hang on a patient and a code: `<patient id>-<code>`. */
export const childId = (patientId: string, code: string) => `${patientId}-${code}`;
export function splitChildId(id: string): { patientId: string; code: string } | null {
  const m = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-([A-Za-z0-9.-]{1,27})$/i.exec(
    id,
  );
  return m ? { patientId: m[1]!, code: m[2]! } : null;
}

/** A diagnosis of the patient's record as a Condition (the record keeps codes, not their history). */
export function diagnosisCondition(patientId: string, code: string, lastUpdated: string): Condition {
  return {
    resourceType: 'Condition',
    id: childId(patientId, code),
    meta: { lastUpdated },
    clinicalStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
    },
    verificationStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' }],
    },
    category: [
      {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'problem-list-item' },
        ],
      },
    ],
    code: { coding: [{ system: ICD10SE, code, display: diagnosisName(code) }], text: diagnosisName(code) },
    subject: { reference: `Patient/${patientId}` },
  };
}

const CODES = new Map<string, (typeof ADAPTATION_CODES)[number]>(ADAPTATION_CODES.map((c) => [c.code, c]));

/**
 * An adaptation of the patient's current profile as a Flag, in the spirit of the NHS Reasonable
 * Adjustment Flag: the adaptation code (CodeSystem `adaptation`), its category and its RA-flag
 * category; the note as text. `period.start` is when the profile version was recorded.
 */
export function adaptationFlag(patientId: string, item: AdaptationItem, recordedAt: string): Flag {
  const c = CODES.get(item.code);
  return {
    resourceType: 'Flag',
    id: childId(patientId, item.code),
    meta: { lastUpdated: recordedAt },
    status: 'active',
    category: [
      { coding: [{ system: `${LOTSA_CS}/adaptation-category`, code: c?.category ?? 'unknown' }] },
      ...(c?.raCategory
        ? [{ coding: [{ system: `${LOTSA_CS}/ra-flag-category`, code: c.raCategory }] }]
        : []),
    ],
    code: {
      coding: [{ system: ADAPTATION_CS, code: item.code, display: c?.sv ?? item.code }],
      text: item.note ? `${c?.sv ?? item.code}: ${item.note}` : (c?.sv ?? item.code),
    },
    subject: { reference: `Patient/${patientId}` },
    period: { start: recordedAt },
  };
}

function codeSystem(
  id: string,
  name: string,
  title: string,
  concepts: ReadonlyArray<{ code: string; display: string; en?: string }>,
): CodeSystem {
  return {
    resourceType: 'CodeSystem',
    id,
    url: `${LOTSA_CS}/${id}`,
    name,
    title,
    status: 'active',
    publisher: 'Lotsa',
    language: 'sv',
    caseSensitive: true,
    content: 'complete',
    count: concepts.length,
    concept: concepts.map((c) => ({
      code: c.code,
      display: c.display,
      ...(c.en ? { designation: [{ language: 'en', value: c.en }] } : {}),
    })),
  };
}

/** The code lists Lotsa's resources use, published so a receiver can look the codes up. */
export const CODE_SYSTEMS: readonly CodeSystem[] = [
  codeSystem(
    'adaptation',
    'LotsaAdaptation',
    'Anpassningar (Lotsa adaptation codes)',
    ADAPTATION_CODES.map((c) => ({ code: c.code, display: c.sv, en: c.en })),
  ),
  codeSystem(
    'room-feature',
    'LotsaRoomFeature',
    'Rummets utrustning (room features)',
    FEATURES.map((f) => ({ code: f, display: f })),
  ),
  codeSystem(
    'profession',
    'LotsaProfession',
    'Yrken (professions)',
    PROFESSIONS.map((p) => ({ code: p, display: p })),
  ),
];
