import {
  type IntakeAction,
  type IntakeStage,
  municipalityName,
  type NeedsMapping,
  parseIdentityNumber,
  type Registration,
  type ZConsentInput,
  type ZEligibilityDecisionInput,
  type ZRegistrationPatch,
} from '@lotsa/contracts';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { hasRoleIn } from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, badRequest, conflict } from '../../lib/errors.ts';
import { localToday } from '../../lib/time.ts';
import { activeConsent } from './intake.answers.ts';
import { birthDateOf } from './intake.criteria.ts';
import { basisOf, criteriaNow, decisionOutdatedNow } from './intake.decision.ts';
import type { RegistrationRow, RegistrationValues, StepBy } from './intake.repository.ts';
import {
  checkConsent,
  checkDecision,
  checkEnrolment,
  type Decision,
  isEnded,
  PRE_ENROLMENT,
  RELIES_ON_DECISION,
  refusal,
  transition,
} from './intake.rules.ts';
import {
  answer,
  applicantColumns,
  byOf,
  fail,
  openRegistrationExists,
  READ_ROLES,
  STEP_ROLES,
  type StepOptions,
  unwrap,
} from './intake.service.ts';
import { runStep, type StepChange, type StepState } from './intake.steps.repository.ts';

/**
 * The steps of the machine (intake.rules.ts): each checks the transition, then its own rules on the
 * locked state, and says what to write; a refusal throws, so nothing is written. The demo data takes
 * the same steps with `StepOptions` (a past time, a staff member's name).
 */

type Build = (
  s: StepState,
  to: IntakeStage,
  at: Date,
  by: StepBy,
) => Omit<StepChange, 'to'> | Promise<Omit<StepChange, 'to'>>;

/**
 * Runs one step of the machine: access, the transition's own check, whether the decision it relies on
 * still holds for the data as it is now, then the step's rules. All on the locked rows, so nothing
 * checked once can be bypassed by a change made after it.
 */
export async function step(
  db: Db,
  actor: Actor,
  id: string,
  action: IntakeAction | null,
  o: StepOptions | undefined,
  build: Build,
  extra: { need?: 'step' | 'map'; decision?: Decision } = {},
): Promise<Registration> {
  const need = extra.need ?? 'step';
  const roles = need === 'map' ? READ_ROLES : STEP_ROLES;
  const at = o?.now ?? new Date();
  const by = byOf(actor, o);
  const result = await runStep(
    db,
    actor,
    id,
    (a, unitId) => hasRoleIn(a, unitId, roles),
    by,
    at,
    async (s) => {
      const stage = s.row.stage as IntakeStage;
      const outdated = PRE_ENROLMENT.includes(stage)
        ? decisionOutdatedNow(s.row, s.unit.municipalityCodes, localToday(at))
        : null;
      let to = stage;
      if (action) {
        const t = transition(stage, action, extra.decision, outdated !== null);
        if (!t.ok) throw fail(t.problem);
        to = t.to;
        if (outdated && RELIES_ON_DECISION.has(action)) throw fail(outdated.problem);
      }
      const change = await build(s, to, at, by);
      return {
        to,
        ...change,
        ...(outdated && action === 'decideEligibility'
          ? { detail: { ...change.detail, replacesOutdated: outdated.changes.map((c) => c.criterion) } }
          : {}),
      };
    },
    action === 'enrol',
  );
  return answer(actor, unwrap(result, need));
}

export const bookFirstCall = (
  db: Db,
  actor: Actor,
  id: string,
  i: { at: string; note: string | null },
  o?: StepOptions,
) =>
  step(db, actor, id, 'bookFirstCall', o, () => ({
    kind: 'first_call_booked',
    note: i.note,
    set: { firstCallAt: new Date(i.at) },
    detail: { firstCallAt: i.at },
  }));

export const recordFirstCall = (db: Db, actor: Actor, id: string, mapping: NeedsMapping, o?: StepOptions) =>
  step(
    db,
    actor,
    id,
    'recordFirstCall',
    o,
    (s, _to, at, by) => ({
      kind: 'first_call_recorded',
      note: null,
      set: {
        needsMapping: mapping,
        needsMappedAt: at,
        needsMappedByName: by.name,
        firstCallAt: s.row.firstCallAt ?? at,
      },
      detail: { updated: s.row.needsMapping !== null },
    }),
    { need: 'map' },
  );

export const decideEligibility = (
  db: Db,
  actor: Actor,
  id: string,
  i: z.output<typeof ZEligibilityDecisionInput>,
  o?: StepOptions,
) =>
  step(
    db,
    actor,
    id,
    'decideEligibility',
    o,
    (s, _to, at, by) => {
      const inCatchment = s.unit.municipalityCodes.includes(s.row.municipalityCode);
      const p = checkDecision({
        decision: i.decision,
        catchmentOverride: i.catchmentOverride,
        overrideReason: i.overrideReason,
        inCatchment,
        municipality: municipalityName(s.row.municipalityCode),
      });
      if (p) throw fail(p);
      // An exception is only recorded for someone outside the catchment area.
      const override = !inCatchment && i.catchmentOverride;
      const criteria = criteriaNow(s.row, s.unit.municipalityCodes, localToday(at));
      return {
        kind: 'decided',
        note: i.reason,
        set: {
          decision: i.decision,
          decisionReason: i.reason,
          catchmentOverride: override,
          overrideReason: override ? i.overrideReason : null,
          decidedByUserId: by.userId,
          decidedByName: by.name,
          decidedAt: at,
          decisionBasis: basisOf(s.row.municipalityCode, criteria),
        },
        detail: {
          decision: i.decision,
          catchmentOverride: override,
          ...(override ? { overrideReason: i.overrideReason } : {}),
        },
      };
    },
    { decision: i.decision },
  );

export const recordConsent = (
  db: Db,
  actor: Actor,
  id: string,
  i: z.output<typeof ZConsentInput>,
  o?: StepOptions,
) =>
  step(db, actor, id, 'recordConsent', o, (s, _to, at) => {
    const givenAt = new Date(i.givenAt);
    const p = checkConsent({ ...i, givenAt, participation: i.scopes.participation, now: at });
    if (p) throw fail(p);
    return {
      kind: 'consent_recorded',
      note: i.note,
      consent: {
        givenBy: i.givenBy,
        representativeName: i.givenBy === 'representative' ? i.representativeName : null,
        method: i.method,
        givenAt,
        participation: i.scopes.participation,
        sharingPartners: i.scopes.sharingPartners,
        lettersToRepresentative: i.scopes.lettersToRepresentative,
        surveys: i.scopes.surveys,
        note: i.note,
      },
      detail: { replaces: activeConsent(s.consents)?.id ?? null, scopes: i.scopes },
    };
  });

const ending = (to: IntakeStage, reason: string, at: Date) =>
  to === 'exited' ? { exitReason: reason, endedAt: at } : { closeReason: reason, endedAt: at };

/** Withdrawing consent: an orderly exit when enrolled, closing before; the history stays. */
export const withdrawConsent = (db: Db, actor: Actor, id: string, i: { reason: string }, o?: StepOptions) =>
  step(db, actor, id, 'withdrawConsent', o, (s, to, at) => {
    const active = activeConsent(s.consents);
    if (!active) throw fail(refusal('withdrawConsent', 'eligible'));
    return {
      kind: 'consent_withdrawn',
      note: i.reason,
      set: ending(to, 'consent_withdrawn', at),
      withdrawConsent: { id: active.id, reason: i.reason },
      freesPlace: s.row.stage === 'enrolled' || s.row.stage === 'offered',
      detail: { consentId: active.id },
    };
  });

export const enrol = (db: Db, actor: Actor, id: string, i: { note: string | null }, o?: StepOptions) =>
  step(db, actor, id, 'enrol', o, (s, _to, at) => {
    const r = s.row;
    const consent = activeConsent(s.consents);
    const position = s.unit.waiting.findIndex((w) => w.id === r.id);
    const existing = s.existingPatient;
    const p = checkEnrolment({
      stage: r.stage as 'consented' | 'waiting_list' | 'offered',
      decision: r.decision,
      participationConsent: consent?.participation === true,
      identityNumber: r.identityNumber,
      birthDate: birthDateOf(r.identityNumber),
      today: localToday(at),
      capacity: s.unit.capacity,
      waitingAhead: Math.max(0, position),
      patient: existing ? { where: existing.where, status: existing.status } : null,
    });
    if (p) throw fail(p);
    return {
      kind: 'enrolled',
      note: i.note,
      set: { enrolledAt: at },
      patient: existing
        ? { link: existing.id, moveToUnit: existing.where === 'other_unit' ? r.unitId : null }
        : { create: newPatientOf(r) },
      detail: {
        linkedExistingPatient: existing !== null,
        ...(existing?.where === 'other_unit' ? { movedFromUnitId: existing.unitId } : {}),
      },
    };
  });

function newPatientOf(r: RegistrationRow) {
  const parsed = parseIdentityNumber(r.identityNumber ?? '');
  if (!parsed.ok) throw new AppError(400, parsed.code, parsed.params);
  return {
    unitId: r.unitId,
    identityKind: parsed.kind,
    identityNumber: parsed.normalized,
    birthDate: parsed.birthDate,
    sex: parsed.sex,
    givenName: r.givenName,
    familyName: r.familyName,
    municipalityCode: r.municipalityCode,
    streetAddress: r.streetAddress,
    postalCode: r.postalCode,
    city: r.city,
    phone: r.phone,
    email: r.email,
    protectedIdentity: false,
    diagnoses: r.diagnoses,
    note: null,
  };
}

export const addToWaitingList = (
  db: Db,
  actor: Actor,
  id: string,
  i: { note: string | null },
  o?: StepOptions,
) =>
  step(db, actor, id, 'addToWaitingList', o, (_s, _to, at) => ({
    kind: 'waiting_listed',
    note: i.note,
    set: { waitingSince: at },
  }));

/** The person declines the offered place: the registration closes and the place goes to the next in line. */
export const declineOffer = (db: Db, actor: Actor, id: string, i: { note: string | null }, o?: StepOptions) =>
  step(db, actor, id, 'declineOffer', o, (_s, to, at) => ({
    kind: 'offer_declined',
    note: i.note,
    set: ending(to, 'declined', at),
    freesPlace: true,
  }));

/** Withdraws the consent in force too when the reason is that consent was withdrawn. */
const withdrawalFor = (s: StepState, reason: string, note: string | null) => {
  const active = reason === 'consent_withdrawn' ? activeConsent(s.consents) : null;
  return active ? { withdrawConsent: { id: active.id, reason: note ?? reason } } : {};
};

export const exit = (
  db: Db,
  actor: Actor,
  id: string,
  i: { reason: string; note: string | null },
  o?: StepOptions,
) =>
  step(db, actor, id, 'exit', o, (s, to, at) => ({
    kind: 'exited',
    note: i.note,
    set: ending(to, i.reason, at),
    ...withdrawalFor(s, i.reason, i.note),
    freesPlace: true,
    detail: { reason: i.reason },
  }));

export const close = (
  db: Db,
  actor: Actor,
  id: string,
  i: { reason: string; note: string | null },
  o?: StepOptions,
) =>
  step(db, actor, id, 'close', o, (s, to, at) => ({
    kind: 'closed',
    note: i.note,
    set: ending(to, i.reason, at),
    ...withdrawalFor(s, i.reason, i.note),
    freesPlace: s.row.stage === 'offered',
    detail: { reason: i.reason },
  }));

// --- Corrections and notes (not steps of the machine) --------------------------------------------

/** Field names for the timeline note of a correction (Swedish, like the record). */
const PATCH_NAMES: Record<string, string> = {
  givenName: 'förnamn',
  familyName: 'efternamn',
  identityNumber: 'personnummer',
  municipalityCode: 'kommun',
  streetAddress: 'adress',
  postalCode: 'postnummer',
  city: 'ort',
  phone: 'telefon',
  email: 'e-post',
  applicant: 'anmälare',
  contactPreference: 'kontaktsätt',
  disabilities: 'funktionsnedsättningar',
  diagnoses: 'diagnoser',
  currentCareContacts: 'vårdkontakter',
  hardToday: 'vad som är svårt i dag',
  plannedStartDate: 'planerat startdatum',
};

/** Corrects or completes a registration before enrolment; the timeline notes which fields changed. */
export const updateRegistration = (
  db: Db,
  actor: Actor,
  id: string,
  patch: z.output<typeof ZRegistrationPatch>,
  o?: StepOptions,
) =>
  step(db, actor, id, null, o, async (s) => {
    const stage = s.row.stage as IntakeStage;
    if (stage === 'enrolled' || isEnded(stage)) throw conflict('registration_locked');
    // The rule registering checks (one open registration per person in the region) holds for corrections too.
    const number = patch.person?.identityNumber;
    const open = number ? await s.openRegistrationWith(number) : null;
    if (open) throw openRegistrationExists(open.reference);
    const { person, applicant, ...rest } = patch;
    const set: Partial<RegistrationValues> = {};
    const changed: string[] = [];
    for (const [k, v] of Object.entries({ ...person, ...rest }))
      if (v !== undefined) {
        (set as Record<string, unknown>)[k] = v;
        changed.push(k);
      }
    if (applicant !== undefined) {
      Object.assign(set, applicantColumns(applicant));
      changed.push('applicant');
    }
    if (changed.length === 0) throw badRequest('nothing_to_change');
    return {
      kind: 'note',
      note: `Ändrade uppgifter: ${changed.map((k) => PATCH_NAMES[k] ?? k).join(', ')}.`,
      set,
      detail: { fields: changed },
    };
  });

export const addNote = (db: Db, actor: Actor, id: string, i: { note: string }, o?: StepOptions) =>
  step(db, actor, id, null, o, () => ({ kind: 'note', note: i.note }));
