import {
  type CarePlan,
  type CarePlanSummary,
  type CarePlanVersion,
  type SipConsent,
  type SipContent,
  type SipContentInput,
  type SipIntervention,
  type SipParticipantKind,
  ZSipContent,
} from '@lotsa/contracts';
import type { Tx } from '../../db/database.ts';
import { appendAudit, type Scope } from '../../kernel/index.ts';
import { addDaysToLocalDate, localToday } from '../../lib/time.ts';
import { findPartnerAccounts } from '../access/index.ts';
import { healthPlanActionsOfPatient } from '../health-checks/index.ts';
import { renderLettersPdf } from '../letters/index.ts';
import { describeUnits } from '../organisation/index.ts';
import { findPatientUnits, type PatientRow, requireActiveUnit, unwrapPatient } from '../patients/index.ts';
import { easyReadCarePlan } from './care-plans.easy-read.ts';
import * as err from './care-plans.errors.ts';
import * as repo from './care-plans.repository.ts';
import {
  changedParts,
  completenessOf,
  consentInForce,
  consentNeeded,
  isFollowUpOverdue,
  isShared,
  legalReference,
  settleInterventions,
} from './care-plans.rules.ts';

/** Use cases of the SIP: start, read, save, participants, consent, agree, new version, health plan. */

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const EMPTY: SipContent = ZSipContent.parse({});

function toSummary(r: repo.CarePlanRow, consents: repo.ConsentRow[], today: string): CarePlanSummary {
  return {
    id: r.id,
    patientId: r.patientId,
    status: r.status as CarePlanSummary['status'],
    version: r.version,
    trigger: r.trigger,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdByName,
    agreedAt: iso(r.agreedAt),
    followUpDate: r.followUpDate ?? r.content.followUpDate,
    followUpOverdue: isFollowUpOverdue(r, today),
    missing:
      r.status === 'agreed' ? [] : completenessOf(r.content, consentInForce(consents, null) !== null).missing,
  };
}

function toConsent(c: repo.ConsentRow, all: repo.ConsentRow[]): SipConsent {
  return {
    id: c.id,
    participantId: c.participantId,
    givenBy: c.givenBy as SipConsent['givenBy'],
    representativeName: c.representativeName,
    method: c.method as SipConsent['method'],
    givenAt: c.givenAt.toISOString(),
    recordedBy: c.recordedByName,
    withdrawnAt: iso(c.withdrawnAt),
    withdrawnReason: c.withdrawnReason,
    active: consentInForce(all, c.participantId)?.id === c.id,
  };
}

/** The whole plan as the editor shows it, read inside the caller's guarded transaction. */
async function detailOf(tx: Tx, row: repo.CarePlanRow): Promise<CarePlan> {
  // One after another: one transaction is one connection.
  const participants = await repo.participantsOf(tx, row.id);
  const consents = await repo.consentsOf(tx, row.id);
  const versions = await repo.versionsOf(tx, row.id);
  const acks = await repo.acknowledgementsOf(tx, row.id);
  const sipConsent = consentInForce(consents, null) !== null;
  return {
    ...toSummary(row, consents, localToday()),
    legalReference: row.legalReference,
    revision: row.revision,
    content: row.content,
    completeness: completenessOf(row.content, sipConsent),
    participants: participants
      .filter((p) => !p.removedAt)
      .map((p) => ({
        id: p.id,
        kind: p.kind as SipParticipantKind,
        name: p.name,
        organisation: p.organisation,
        role: p.role,
        userId: p.userId,
        consentNeeded: consentNeeded(p.kind),
        sharing: isShared(p, consents),
        acknowledgedVersions: acks.filter((a) => a.participantId === p.id).map((a) => a.version),
      })),
    consents: consents.map((c) => toConsent(c, consents)),
    consentInForce: sipConsent,
    versions: versions.map((v, i) => ({
      version: v.version,
      agreedAt: v.agreedAt.toISOString(),
      agreedBy: v.agreedByName,
      changed: changedParts(i > 0 ? versions[i - 1]!.content : null, v.content),
    })),
  };
}

type PlanWork<T> = (
  tx: Tx,
  patient: PatientRow,
  row: repo.CarePlanRow,
) => Promise<{ value: T; detail?: Record<string, unknown> }>;

/** Maps the plan to its patient (no patient data), then does everything inside the patient guard. */
async function onPlan<T>(
  scope: Scope,
  planId: string,
  opts: { forUpdate: boolean; action: 'read' | 'update' | 'export' },
  work: PlanWork<T>,
): Promise<T> {
  const patientId = await repo.findPatientOfPlan(scope.db, scope.regionId, planId);
  if (!patientId) throw err.planNotFound();
  return unwrapPatient(
    await repo.onPatient(scope, patientId, opts, async (tx, patient) => {
      const row = await repo.findPlan(tx, patientId, planId, opts.forUpdate);
      if (!row) throw err.planNotFound();
      const done = await work(tx, patient, row);
      return { value: done.value, entityId: planId, detail: done.detail };
    }),
  );
}

/** A write: refused on an agreed version (start a new one) and on a stale revision. */
function onDraft<T>(scope: Scope, planId: string, expectedRevision: number | null, work: PlanWork<T>) {
  return onPlan(scope, planId, { forUpdate: true, action: 'update' }, async (tx, patient, row) => {
    if (row.status !== 'draft') throw err.agreed();
    if (expectedRevision !== null && row.revision !== expectedRevision) throw err.stale(row.updatedByName);
    return work(tx, patient, row);
  });
}

/** Counts a write that is not of the content (participants, consents): others' revisions go stale. */
async function touch(scope: Scope, tx: Tx, row: repo.CarePlanRow) {
  return (await repo.updatePlan(tx, row.id, row.revision, { updatedByName: scope.actor.userName }))!;
}

export async function listCarePlans(scope: Scope, patientId: string): Promise<CarePlanSummary[]> {
  return unwrapPatient(
    await repo.onPatient(scope, patientId, { forUpdate: false, action: 'read' }, async (tx) => {
      const rows = await repo.listPlans(tx, patientId);
      const today = localToday();
      const value: CarePlanSummary[] = [];
      for (const r of rows) value.push(toSummary(r, await repo.consentsOf(tx, r.id), today));
      return { value, detail: { list: true, count: rows.length } };
    }),
  );
}

export async function createCarePlan(
  scope: Scope,
  patientId: string,
  input: { trigger: string },
): Promise<CarePlan> {
  return unwrapPatient(
    await repo.onPatient(scope, patientId, { forUpdate: true, action: 'create' }, async (tx, patient) => {
      const row = await repo.insertPlan(tx, {
        regionId: patient.regionId,
        patientId,
        trigger: input.trigger,
        legalReference: legalReference(),
        content: EMPTY,
        createdByUserId: scope.actor.userId,
        createdByName: scope.actor.userName,
        updatedByName: scope.actor.userName,
      });
      // The person takes part in their own plan.
      await repo.insertParticipant(tx, {
        regionId: patient.regionId,
        planId: row.id,
        kind: 'patient',
        name: `${patient.givenName} ${patient.familyName}`,
      });
      return { value: await detailOf(tx, row), entityId: row.id, detail: { sip: true, created: true } };
    }),
  );
}

export function getCarePlan(scope: Scope, planId: string): Promise<CarePlan> {
  return onPlan(scope, planId, { forUpdate: false, action: 'read' }, async (tx, _p, row) => ({
    value: await detailOf(tx, row),
  }));
}

async function knownLinks(tx: Tx, row: repo.CarePlanRow) {
  const participants = await repo.participantsOf(tx, row.id);
  return {
    participantIds: new Set(participants.filter((p) => !p.removedAt).map((p) => p.id)),
    actionIds: new Set(row.content.interventions.flatMap((i) => i.healthPlanActionId ?? [])),
  };
}

export function saveCarePlan(
  scope: Scope,
  planId: string,
  input: { expectedRevision: number; content: SipContent },
): Promise<CarePlan> {
  return onDraft(scope, planId, input.expectedRevision, async (tx, _p, row) => {
    const interventions = settleInterventions(input.content.interventions, await knownLinks(tx, row));
    if (!interventions) throw err.linkUnknown();
    const content = { ...input.content, interventions };
    const saved = await repo.updatePlan(tx, row.id, row.revision, {
      content,
      updatedByName: scope.actor.userName,
    });
    if (!saved) throw err.stale(row.updatedByName);
    const missing = completenessOf(content, false).missing.filter((m) => m !== 'consent');
    return { value: await detailOf(tx, saved), detail: { sip: true, saved: true, missing } };
  });
}

export function addParticipant(
  scope: Scope,
  planId: string,
  input: {
    kind: SipParticipantKind;
    name: string;
    organisation: string | null;
    role: string | null;
    userId: string | null;
  },
): Promise<CarePlan> {
  return onDraft(scope, planId, null, async (tx, patient, row) => {
    if (input.userId) {
      const accounts = await findPartnerAccounts(tx, patient.regionId, patient.unitId);
      if (!accounts.some((a) => a.userId === input.userId)) throw err.accountNotPartner();
      const present = await repo.participantsOf(tx, row.id);
      if (present.some((p) => p.userId === input.userId && !p.removedAt)) throw err.accountTwice();
    }
    const p = await repo.insertParticipant(tx, { ...input, regionId: row.regionId, planId: row.id });
    return {
      value: await detailOf(tx, await touch(scope, tx, row)),
      detail: { sip: true, participant: p.id, kind: p.kind, account: p.userId !== null },
    };
  });
}

export function removeParticipant(scope: Scope, planId: string, participantId: string): Promise<CarePlan> {
  return onPlan(scope, planId, { forUpdate: true, action: 'update' }, async (tx, _p, row) => {
    const p = (await repo.participantsOf(tx, row.id)).find((x) => x.id === participantId && !x.removedAt);
    if (!p || p.kind === 'patient') throw err.participantNotFound();
    if (row.status !== 'draft') throw err.participantInAgreed();
    await repo.removeParticipant(tx, p.id);
    // The draft's interventions no longer point to them.
    const content = {
      ...row.content,
      interventions: row.content.interventions.map((i) =>
        i.participantId === p.id ? { ...i, participantId: null } : i,
      ),
    };
    const saved = await repo.updatePlan(tx, row.id, row.revision, {
      content,
      updatedByName: scope.actor.userName,
    });
    return { value: await detailOf(tx, saved!), detail: { sip: true, participant: p.id, removed: true } };
  });
}

/** Consent may be recorded or withdrawn on any version: it is not the plan's content. */
export function recordConsent(
  scope: Scope,
  planId: string,
  input: {
    participantId: string | null;
    givenBy: string;
    representativeName: string | null;
    method: string;
    givenAt: string;
  },
): Promise<CarePlan> {
  return onPlan(scope, planId, { forUpdate: true, action: 'update' }, async (tx, _p, row) => {
    const consents = await repo.consentsOf(tx, row.id);
    if (input.participantId) {
      const p = (await repo.participantsOf(tx, row.id)).find(
        (x) => x.id === input.participantId && !x.removedAt,
      );
      if (!p) throw err.participantNotFound();
      if (!consentNeeded(p.kind)) throw err.consentNotNeeded();
      if (!consentInForce(consents, null)) throw err.consentFirst();
    }
    const c = await repo.insertConsent(tx, {
      regionId: row.regionId,
      planId: row.id,
      participantId: input.participantId,
      givenBy: input.givenBy,
      representativeName: input.representativeName,
      method: input.method,
      givenAt: new Date(input.givenAt),
      recordedByUserId: scope.actor.userId,
      recordedByName: scope.actor.userName,
    });
    return {
      value: await detailOf(tx, await touch(scope, tx, row)),
      detail: { sip: true, consent: c.id, participant: input.participantId, given: true },
    };
  });
}

export function withdrawConsent(
  scope: Scope,
  planId: string,
  consentId: string,
  reason: string,
): Promise<CarePlan> {
  return onPlan(scope, planId, { forUpdate: true, action: 'update' }, async (tx, _p, row) => {
    const c = (await repo.consentsOf(tx, row.id)).find((x) => x.id === consentId);
    if (!c) throw err.consentNotFound();
    if (c.withdrawnAt) throw err.consentWithdrawn();
    await repo.withdrawConsent(tx, c.id, reason, scope.actor.userName);
    return {
      value: await detailOf(tx, await touch(scope, tx, row)),
      detail: { sip: true, consent: c.id, participant: c.participantId, withdrawn: true },
    };
  });
}

/**
 * Agree (fastställ) the draft: refused 422 naming each missing requirement (the four legal parts,
 * consent, follow-up). The version is frozen with its participants; the plan's follow-up reminder is
 * the agreed date.
 */
export function agreeCarePlan(scope: Scope, planId: string, expectedRevision: number): Promise<CarePlan> {
  return onDraft(scope, planId, expectedRevision, async (tx, _p, row) => {
    const consents = await repo.consentsOf(tx, row.id);
    const { missing } = completenessOf(row.content, consentInForce(consents, null) !== null);
    if (missing.length > 0) throw err.incomplete(missing);
    const participants = (await repo.participantsOf(tx, row.id)).filter((p) => !p.removedAt);
    const at = new Date();
    await repo.insertVersion(tx, {
      regionId: row.regionId,
      planId: row.id,
      version: row.version,
      legalReference: row.legalReference,
      content: row.content,
      participants: participants.map((p) => ({
        id: p.id,
        kind: p.kind,
        name: p.name,
        organisation: p.organisation,
      })),
      agreedByUserId: scope.actor.userId,
      agreedByName: scope.actor.userName,
      agreedAt: at,
    });
    const saved = await repo.updatePlan(tx, row.id, row.revision, {
      status: 'agreed',
      agreedAt: at,
      followUpDate: row.content.followUpDate,
      followUpBy: row.content.followUpBy,
      updatedByName: scope.actor.userName,
    });
    return { value: await detailOf(tx, saved!), detail: { sip: true, agreed: row.version } };
  });
}

/** The next version starts from the agreed one, as a draft; the agreed one stays as it was. */
export function reviseCarePlan(scope: Scope, planId: string): Promise<CarePlan> {
  return onPlan(scope, planId, { forUpdate: true, action: 'update' }, async (tx, _p, row) => {
    if (row.status !== 'agreed') throw err.notAgreed();
    const saved = await repo.updatePlan(tx, row.id, row.revision, {
      status: 'draft',
      version: row.version + 1,
      updatedByName: scope.actor.userName,
    });
    return { value: await detailOf(tx, saved!), detail: { sip: true, revised: row.version + 1 } };
  });
}

export function getCarePlanVersion(scope: Scope, planId: string, version: number): Promise<CarePlanVersion> {
  return onPlan(scope, planId, { forUpdate: false, action: 'read' }, async (tx, _p, row) => {
    const v = (await repo.versionsOf(tx, row.id)).find((x) => x.version === version);
    if (!v) throw err.versionNotFound();
    return {
      value: {
        planId: row.id,
        version: v.version,
        legalReference: v.legalReference,
        agreedAt: v.agreedAt.toISOString(),
        agreedBy: v.agreedByName,
        content: v.content,
        participants: v.participants.map((p) => ({ ...p, kind: p.kind as SipParticipantKind })),
      },
      detail: { sip: true, version },
    };
  });
}

const PRINCIPAL_OF_OWNER: Record<string, SipIntervention['principal']> = {
  team: 'region',
  municipal: 'municipality',
  patient: 'other',
  representative: 'other',
  other_clinic: 'other',
};

/** Health-plan actions become interventions linked to them (not copied twice). */
export function fromHealthPlan(
  scope: Scope,
  planId: string,
  input: { expectedRevision: number; actionIds: string[] },
): Promise<CarePlan> {
  return onDraft(scope, planId, input.expectedRevision, async (tx, patient, row) => {
    const actions = new Map((await healthPlanActionsOfPatient(tx, patient.id)).map((a) => [a.id, a]));
    const linked = new Set(row.content.interventions.map((i) => i.healthPlanActionId));
    const wanted = [...new Set(input.actionIds)];
    if (wanted.some((id) => !actions.has(id))) throw err.actionUnknown();
    if (wanted.some((id) => linked.has(id))) throw err.actionLinked();
    const added: SipIntervention[] = wanted.map((id) => {
      const a = actions.get(id)!;
      return {
        id: crypto.randomUUID(),
        text: a.text,
        easyText: a.easyText,
        principal: PRINCIPAL_OF_OWNER[a.ownerKind] ?? null,
        responsibleName: a.ownerName,
        participantId: null,
        healthPlanActionId: a.id,
      };
    });
    const content = { ...row.content, interventions: [...row.content.interventions, ...added] };
    const saved = await repo.updatePlan(tx, row.id, row.revision, {
      content,
      updatedByName: scope.actor.userName,
    });
    return {
      value: await detailOf(tx, saved!),
      detail: { sip: true, fromHealthPlan: wanted },
    };
  });
}

export async function listPartnerAccounts(scope: Scope, patientId: string) {
  return unwrapPatient(
    await repo.onPatient(scope, patientId, { forUpdate: false, action: 'read' }, async (tx, patient) => ({
      value: await findPartnerAccounts(tx, patient.regionId, patient.unitId),
      detail: { sip: true, partnerAccounts: true },
    })),
  );
}

/** The latest agreed version's easy-read copy for the person, as PDF (the letters' pipeline), audited as an export. */
export async function easyReadCarePlanPdf(scope: Scope, planId: string): Promise<Buffer> {
  const content = await onPlan(
    scope,
    planId,
    { forUpdate: false, action: 'export' },
    async (tx, patient, row) => {
      const latest = (await repo.versionsOf(tx, row.id)).at(-1);
      if (!latest) throw err.notAgreed();
      const units = await describeUnits(tx, patient.regionId, [patient.unitId]);
      const c = easyReadCarePlan({
        patientName: `${patient.givenName} ${patient.familyName}`,
        unitName: units.units.find((u) => u.id === patient.unitId)?.name ?? '',
        version: latest.version,
        content: latest.content,
      });
      return { value: c, detail: { sip: true, easyRead: true, version: latest.version, lix: c.lix } };
    },
  );
  return renderLettersPdf([{ content, photos: new Map(), webUrl: null }], content.title);
}

/**
 * The team's reminder: agreed SIPs of the active unit's patients whose follow-up is overdue or due
 * within two weeks, soonest first. Logged as one `list` entry naming the patients shown.
 */
export async function listDueFollowUps(scope: Scope, now = new Date()) {
  const unitId = requireActiveUnit(scope.actor);
  const today = localToday(now);
  return (scope.db as Tx).transaction(async (tx) => {
    const rows = await repo.plansWithFollowUpBy(tx, scope.regionId, addDaysToLocalDate(today, 14));
    const who = await findPatientUnits(tx, scope.regionId, [...new Set(rows.map((r) => r.patientId))]);
    const out = [];
    for (const r of rows) {
      const p = who.get(r.patientId);
      if (!p || p.unitId !== unitId) continue;
      out.push({
        ...toSummary(r, [], today),
        missing: [],
        patientName: p.name,
        followUpBy: r.followUpBy,
      });
    }
    if (out.length > 0)
      await appendAudit(tx, scope.actor, {
        action: 'list',
        entity: 'care_plan_follow_up',
        patientIds: [...new Set(out.map((o) => o.patientId))],
        detail: { count: out.length },
      });
    return out;
  });
}

/** Used by the demo: a draft's content, as the editor would save it. */
export function contentOf(input: SipContentInput): SipContent {
  return ZSipContent.parse(input);
}
