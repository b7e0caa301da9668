import type { IntakeStage, NeedsMapping, Registration, RegistrationListItem } from '@lotsa/contracts';
import { localToday } from '../../lib/time.ts';
import { daysSince, startNearing } from './intake.criteria.ts';
import { criteriaNow, outdatedDecision } from './intake.decision.ts';
import { nextActions } from './intake.next-actions.ts';
import type { ConsentRow, RegistrationRow, RegistrationView, UnitContext } from './intake.repository.ts';

/** Builds the answers: pure, from the rows the repository read. */

type Reg = Registration;

/** The consent in force: the newest one not withdrawn (consents come newest first). */
export const activeConsent = (consents: readonly ConsentRow[]) =>
  consents.find((c) => c.withdrawnAt === null) ?? null;

export function waitingPosition(unit: UnitContext, id: string): number | null {
  const i = unit.waiting.findIndex((w) => w.id === id);
  return i < 0 ? null : i + 1;
}

/** Stages in which later steps rely on the decision "eligible": there it may be outdated. */
const RELYING: ReadonlySet<IntakeStage> = new Set(['eligible', 'consented', 'waiting_list', 'offered']);

/** Pure: the criteria now and, in a stage that relies on the decision, whether it still holds. */
export function decisionState(r: RegistrationRow, unit: UnitContext, now: Date) {
  const criteria = criteriaNow(r, unit.municipalityCodes, localToday(now));
  const outdated = RELYING.has(r.stage as IntakeStage)
    ? outdatedDecision({
        decision: r.decision,
        catchmentOverride: r.catchmentOverride,
        basis: r.decisionBasis,
        municipalityCode: r.municipalityCode,
        criteria,
      })
    : null;
  return { criteria, outdated };
}

export function toListItem(r: RegistrationRow, unit: UnitContext, now: Date): RegistrationListItem {
  const stage = r.stage as IntakeStage;
  return {
    id: r.id,
    unitId: r.unitId,
    stage,
    source: r.source as Reg['source'],
    personName: `${r.givenName} ${r.familyName}`,
    municipalityCode: r.municipalityCode,
    receivedAt: r.receivedAt.toISOString(),
    stageSince: r.stageSince.toISOString(),
    daysInStage: daysSince(r.stageSince, now),
    daysSinceReceived: daysSince(r.receivedAt, now),
    firstCallAt: r.firstCallAt ? r.firstCallAt.toISOString() : null,
    plannedStartDate: r.plannedStartDate,
    startNearing: startNearing(r.plannedStartDate, stage, localToday(now)),
    waitingPosition: stage === 'waiting_list' ? waitingPosition(unit, r.id) : null,
    patientId: r.patientId,
    reference: r.reference,
    channel: r.channel as 'staff' | 'public',
    decisionOutdated: decisionState(r, unit, now).outdated !== null,
    possibleDuplicateOf: r.duplicateResolution === null ? r.possibleDuplicateOf : null,
  };
}

export interface Permissions {
  /** Every step (navigator, unit manager). */
  step: boolean;
  /** The needs mapping (also doctor, nurse). */
  map: boolean;
}

export function toRegistration(v: RegistrationView, now: Date, may: Permissions): Registration {
  const r = v.row;
  const stage = r.stage as IntakeStage;
  const active = activeConsent(v.consents);
  const mapping = (r.needsMapping as NeedsMapping | null) ?? null;
  const position = waitingPosition(v.unit, r.id);
  const { criteria, outdated } = decisionState(r, v.unit, now);
  return {
    ...toListItem(r, v.unit, now),
    person: {
      givenName: r.givenName,
      familyName: r.familyName,
      identityNumber: r.identityNumber,
      municipalityCode: r.municipalityCode,
      streetAddress: r.streetAddress,
      postalCode: r.postalCode,
      city: r.city,
      phone: r.phone,
      email: r.email,
    },
    applicant: r.applicantName
      ? {
          name: r.applicantName,
          relation: r.applicantRelation ?? '',
          phone: r.applicantPhone,
          email: r.applicantEmail,
        }
      : null,
    contactPreference: r.contactPreference as Reg['contactPreference'],
    disabilities: r.disabilities,
    diagnoses: r.diagnoses,
    currentCareContacts: r.currentCareContacts,
    hardToday: r.hardToday,
    needsMapping: mapping,
    criteria,
    decision:
      r.decision && r.decidedAt
        ? {
            decision: r.decision as NonNullable<Reg['decision']>['decision'],
            reason: r.decisionReason ?? '',
            catchmentOverride: r.catchmentOverride,
            overrideReason: r.overrideReason,
            decidedBy: r.decidedByName ?? '',
            decidedAt: r.decidedAt.toISOString(),
            outdated: outdated
              ? {
                  criteria: outdated.changes.map((c) => c.criterion),
                  ...(outdated.problem.params as { detail: { sv: string; en: string } }).detail,
                }
              : null,
          }
        : null,
    consents: v.consents.map((c) => ({
      id: c.id,
      givenBy: c.givenBy as 'patient' | 'representative',
      representativeName: c.representativeName,
      method: c.method as Reg['consents'][number]['method'],
      givenAt: c.givenAt.toISOString(),
      scopes: {
        participation: c.participation,
        sharingPartners: c.sharingPartners,
        lettersToRepresentative: c.lettersToRepresentative,
        surveys: c.surveys,
      },
      note: c.note,
      recordedBy: c.recordedByName,
      withdrawnAt: c.withdrawnAt ? c.withdrawnAt.toISOString() : null,
      withdrawnReason: c.withdrawnReason,
      active: c === active,
    })),
    exitReason: r.exitReason as Reg['exitReason'],
    closeReason: r.closeReason as Reg['closeReason'],
    nextActions: nextActions(stage, {
      capacity: v.unit.capacity,
      waitingAhead: position === null ? 0 : position - 1,
      hasActiveConsent: active !== null,
      decisionOutdated: outdated !== null,
      mayStep: may.step,
      mayMap: may.map,
    }),
    events: v.events.map((e) => ({
      at: e.at.toISOString(),
      kind: e.kind as Reg['events'][number]['kind'],
      fromStage: e.fromStage as IntakeStage | null,
      toStage: e.toStage as IntakeStage,
      byName: e.byName,
      note: e.note,
    })),
    duplicate: duplicateMark(v, may),
    possibleDuplicates: v.links
      .filter((l) => l.possibleDuplicateOf === r.id && l.duplicateResolution === null)
      .map((l) => ({ id: l.id, reference: l.reference })),
  };
}

/** Pure: the registration's mark as a possible duplicate of an earlier one, if it has one. */
function duplicateMark(v: RegistrationView, may: Permissions): Reg['duplicate'] {
  const r = v.row;
  if (!r.possibleDuplicateOf) return null;
  const status = (r.duplicateResolution ?? 'open') as NonNullable<Reg['duplicate']>['status'];
  return {
    of: r.possibleDuplicateOf,
    ofReference: v.links.find((l) => l.id === r.possibleDuplicateOf)?.reference ?? '',
    status,
    reason: r.duplicateReason,
    resolvedBy: r.duplicateResolvedByName,
    resolvedAt: r.duplicateResolvedAt ? r.duplicateResolvedAt.toISOString() : null,
    mayResolve: status === 'open' && may.step && !['enrolled', 'exited', 'closed'].includes(r.stage),
  };
}

/** The board's order: the flow's stages in order; the waiting list in its order; else oldest first. */
export function sortBoard(items: RegistrationListItem[], stageOrder: readonly IntakeStage[]) {
  const rank = (s: IntakeStage) => stageOrder.indexOf(s);
  return [...items].sort(
    (a, b) =>
      rank(a.stage) - rank(b.stage) ||
      (a.waitingPosition ?? 0) - (b.waitingPosition ?? 0) ||
      a.receivedAt.localeCompare(b.receivedAt),
  );
}
