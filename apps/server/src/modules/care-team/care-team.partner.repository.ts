import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import { appendAudit, isPartnerAt } from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { findStaff, findUnits } from '../organisation/index.ts';
import { findPatientByIdentity, type Guarded, type PatientRow, withPatient } from '../patients/index.ts';
import { toNetworkContact } from './care-team.repository.ts';
import { careTeamAssignments, networkContacts } from './care-team.tables.ts';

/**
 * The partner view's one read (samverkanspartner). Only consented network contacts are selected: the
 * others never leave the database. Every look-up is logged as entity `partner_view` with its own
 * reason, in the same transaction as the read: `read` when shown, `denied` (naming the patient) when
 * the patient is not in the partner's units, and `denied` without a patient when the number matches
 * nobody (so a manager can see someone trying numbers).
 */
export const PARTNER_VIEW = 'partner_view';
export const PARTNER_REASON = 'samverkan enligt patientens samtycke';

export type PartnerViewData = Awaited<ReturnType<typeof partnerView>>;

async function partnerView(tx: Tx, patient: PatientRow) {
  const [unit] = await findUnits(tx, patient.regionId, [patient.unitId]);
  const staff = await findStaff(tx, patient.regionId);
  const current = await tx
    .select()
    .from(careTeamAssignments)
    .where(and(eq(careTeamAssignments.patientId, patient.id), isNull(careTeamAssignments.validTo)));
  const shared = await tx
    .select()
    .from(networkContacts)
    .where(and(eq(networkContacts.patientId, patient.id), eq(networkContacts.consentToShare, true)))
    .orderBy(asc(networkContacts.createdAt), asc(networkContacts.organisation));
  return {
    patient,
    unit: { name: unit?.name ?? '', phone: unit?.phone ?? null },
    current,
    shared: shared.map(toNetworkContact),
    staffById: new Map(staff.map((s) => [s.id, s])),
  };
}

export function readSharedWithPartner(
  db: Db,
  actor: Actor,
  identityNumber: string,
): Promise<Guarded<PartnerViewData>> {
  const partnerActor: Actor = { ...actor, reason: PARTNER_REASON };
  return db.transaction(async (tx) => {
    // Unaudited by itself: this transaction logs the patient it finds, or the miss.
    const found = await findPatientByIdentity(tx, actor.regionId, identityNumber);
    if (!found) {
      await appendAudit(tx, partnerActor, {
        action: 'denied',
        entity: PARTNER_VIEW,
        patientIds: [],
        detail: { attempted: 'read', found: false },
      });
      return { status: 'not_found' as const };
    }
    // Logged at the patient's unit, so its manager sees every partner look-up of their patients.
    // A transaction is a database handle too: withPatient nests in it (a savepoint).
    return withPatient(
      { db: tx, actor: { ...partnerActor, activeUnitId: found.unitId } },
      found.id,
      // Only a partner at the patient's unit: a partner is not care staff.
      // Consent-scoped, not care: no care relationship (decision 0005, 0010).
      { forUpdate: false, action: 'read', entity: PARTNER_VIEW, authorize: isPartnerAt, careRelation: false },
      async (inner, patient) => {
        const value = await partnerView(inner, patient);
        return { value, detail: { shared: value.shared.length } };
      },
    );
  });
}
