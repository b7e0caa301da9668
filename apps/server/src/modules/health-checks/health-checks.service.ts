import type { HealthCheck, HealthCheckSummary, ItemAnswer } from '@lotsa/contracts';
import type { Tx } from '../../db/database.ts';
import { hasRoleIn, type Scope } from '../../kernel/index.ts';
import { localToday } from '../../lib/time.ts';
import { type PatientRow, unwrapPatient } from '../patients/index.ts';
import { getBooking } from '../scheduling/index.ts';
import * as err from './health-checks.errors.ts';
import * as repo from './health-checks.repository.ts';
import { type Answers, checkSectionAnswers, deriveCheck, notDoneOf } from './health-checks.rules.ts';
import { applicableSections, currentTemplate, sectionOf, templateOf } from './health-checks.templates.ts';

/** Use cases of the health check: prepare, read, save a section, sign, correct. */

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toSummary(r: repo.HealthCheckRow): HealthCheckSummary {
  return {
    id: r.id,
    patientId: r.patientId,
    bookingId: r.bookingId,
    seriesId: r.seriesId,
    version: r.version,
    status: r.status as HealthCheckSummary['status'],
    templateVersion: r.templateVersion,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdByName,
    signedAt: iso(r.signedAt),
    signedBy: r.signedByName,
    amendReason: r.amendReason,
  };
}

const answersBySection = (rows: repo.SectionRow[]) =>
  Object.fromEntries(rows.map((s) => [s.linkId, s.answers])) as Record<string, Answers>;

/** The whole check as the page shows it, read inside the caller's guarded transaction. */
async function detailOf(
  scope: Scope,
  tx: Tx,
  patient: PatientRow,
  row: repo.HealthCheckRow,
): Promise<HealthCheck> {
  const template = templateOf(row.templateUrl, row.templateVersion);
  const sections = await repo.sectionsOf(tx, row.id);
  const previous = await repo.findPreviousSigned(tx, patient.id, row.seriesId);
  const answers = answersBySection(sections);
  const derived = deriveCheck({
    template,
    sectionIds: row.sectionIds,
    answers,
    birthDate: patient.birthDate,
    sex: (patient.sex as 'female' | 'male' | null) ?? null,
    today: localToday(),
  });
  return {
    ...toSummary(row),
    template,
    sectionIds: row.sectionIds,
    sections: sections.map((s) => ({
      linkId: s.linkId,
      version: s.version,
      answers: s.answers,
      updatedAt: s.updatedAt.toISOString(),
      updatedBy: s.updatedByName,
    })),
    derived,
    previous: previous
      ? {
          id: previous.id,
          signedAt: iso(previous.signedAt),
          notDone: notDoneOf(answersBySection(await repo.sectionsOf(tx, previous.id))),
        }
      : null,
    canSign: row.status === 'draft' && hasRoleIn(scope.actor, patient.unitId, ['doctor']),
  };
}

export function getCurrentTemplate() {
  return currentTemplate();
}

export async function listHealthChecks(scope: Scope, patientId: string): Promise<HealthCheckSummary[]> {
  return unwrapPatient(
    await repo.onPatient(scope, patientId, { forUpdate: false, action: 'read' }, async (tx) => {
      const rows = await repo.listChecks(tx, patientId);
      return { value: rows.map(toSummary), detail: { list: true, count: rows.length } };
    }),
  );
}

export async function createHealthCheck(
  scope: Scope,
  patientId: string,
  input: { bookingId?: string | null },
): Promise<HealthCheck> {
  if (input.bookingId) {
    const booking = await getBooking(scope.db, scope.actor, input.bookingId);
    if (booking.patientId !== patientId || booking.visitTypeCode !== 'health_check') throw err.wrongBooking();
  }
  const template = currentTemplate();
  return unwrapPatient(
    await repo.onPatient(scope, patientId, { forUpdate: true, action: 'create' }, async (tx, patient) => {
      if (await repo.findDraft(tx, patientId)) throw err.draftExists();
      const row = await repo.insertCheck(tx, {
        regionId: patient.regionId,
        patientId,
        bookingId: input.bookingId ?? null,
        templateUrl: template.url,
        templateVersion: template.version,
        sectionIds: applicableSections(template, patient.diagnoses),
        createdByUserId: scope.actor.userId,
        createdByName: scope.actor.userName,
      });
      return {
        value: await detailOf(scope, tx, patient, row),
        entityId: row.id,
        detail: { templateVersion: template.version, sections: row.sectionIds.length },
      };
    }),
  );
}

/** Loads the check inside a guarded transaction on its patient; not found when it is not there. */
export async function onCheck<T>(
  scope: Scope,
  checkId: string,
  opts: { forUpdate: boolean; action: 'read' | 'update' | 'create' | 'export' },
  work: (
    tx: Tx,
    patient: PatientRow,
    row: repo.HealthCheckRow,
  ) => Promise<{ value: T; detail?: Record<string, unknown> }>,
): Promise<T> {
  const patientId = await repo.findPatientOfCheck(scope.db, scope.regionId, checkId);
  if (!patientId) throw err.checkNotFound();
  return unwrapPatient(
    await repo.onPatient(scope, patientId, opts, async (tx, patient) => {
      const row = await repo.findCheck(tx, patientId, checkId);
      if (!row) throw err.checkNotFound();
      const done = await work(tx, patient, row);
      return { value: done.value, entityId: checkId, detail: done.detail };
    }),
  );
}

export function getHealthCheck(scope: Scope, checkId: string): Promise<HealthCheck> {
  return onCheck(scope, checkId, { forUpdate: false, action: 'read' }, async (tx, patient, row) => ({
    value: await detailOf(scope, tx, patient, row),
  }));
}

export function saveSection(
  scope: Scope,
  checkId: string,
  linkId: string,
  input: { expectedVersion: number; answers: Record<string, ItemAnswer> },
): Promise<HealthCheck> {
  return onCheck(scope, checkId, { forUpdate: true, action: 'update' }, async (tx, patient, row) => {
    if (row.status !== 'draft') throw err.notDraft();
    const section = sectionOf(templateOf(row.templateUrl, row.templateVersion), linkId);
    if (!section || !row.sectionIds.includes(linkId)) throw err.unknownSection();
    const checked = checkSectionAnswers(section, input.answers, localToday());
    if (checked.errors.length > 0) throw err.invalidAnswers(checked.errors);
    const written = await repo.writeSection(tx, {
      regionId: row.regionId,
      checkId,
      linkId,
      expected: input.expectedVersion,
      answers: checked.answers,
      userId: scope.actor.userId,
      userName: scope.actor.userName,
    });
    if (!written) {
      const current = (await repo.sectionsOf(tx, checkId)).find((s) => s.linkId === linkId);
      throw err.staleSection(
        current?.updatedByName ?? '?',
        current
          ? current.updatedAt.toLocaleTimeString('sv-SE', {
              timeZone: 'Europe/Stockholm',
              hour: '2-digit',
              minute: '2-digit',
            })
          : '',
      );
    }
    return {
      value: await detailOf(scope, tx, patient, row),
      detail: { section: linkId, version: written.version, items: Object.keys(checked.answers).length },
    };
  });
}

export function signHealthCheck(scope: Scope, checkId: string): Promise<HealthCheck> {
  return onCheck(scope, checkId, { forUpdate: true, action: 'update' }, async (tx, patient, row) => {
    if (row.status !== 'draft') throw err.notDraft();
    if (!hasRoleIn(scope.actor, patient.unitId, ['doctor'])) throw err.onlyDoctorSigns();
    const before = await detailOf(scope, tx, patient, row);
    if (before.derived.signBlockers.length > 0)
      throw err.signBlocked(before.derived.signBlockers.map((b) => b.text));
    const signed = await repo.markSigned(tx, checkId, {
      userId: scope.actor.userId,
      name: scope.actor.userName,
    });
    if (!signed) throw err.notDraft();
    return {
      value: await detailOf(scope, tx, patient, signed),
      detail: { signed: true, version: signed.version },
    };
  });
}

export function amendHealthCheck(scope: Scope, checkId: string, reason: string): Promise<HealthCheck> {
  return onCheck(scope, checkId, { forUpdate: true, action: 'create' }, async (tx, patient, row) => {
    if (row.status !== 'signed') throw err.notAmendable();
    if (await repo.findDraft(tx, patient.id)) throw err.draftExists();
    await repo.markAmended(tx, row.id);
    const next = await repo.insertCheck(tx, {
      regionId: row.regionId,
      patientId: row.patientId,
      bookingId: row.bookingId,
      templateUrl: row.templateUrl,
      templateVersion: row.templateVersion,
      sectionIds: row.sectionIds,
      createdByUserId: scope.actor.userId,
      createdByName: scope.actor.userName,
      seriesId: row.seriesId,
      version: row.version + 1,
      amendReason: reason,
      nextCheckDate: row.nextCheckDate,
    });
    await repo.copySections(tx, row.id, next.id);
    return {
      value: await detailOf(scope, tx, patient, next),
      detail: { amends: row.id, version: next.version },
    };
  });
}
