import type { Db } from '../../db/database.ts';
import { hasPartnerRole } from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { forbidden, notFound } from '../../lib/errors.ts';
import { displayIdentity } from '../patients/index.ts';
import { readSharedWithPartner } from './care-team.partner.repository.ts';
import { toPartnerPatient } from './care-team.partner.rules.ts';

const thePatient = { sv: 'Patienten', en: 'The patient' };

/**
 * A partner organisation looks up a patient of one of its units by identity number (already parsed
 * and normalised by the contract). Not found and "not in your units" get the same 404, so the answer
 * never tells whether the number belongs to a patient elsewhere.
 */
export async function lookUpPartnerPatient(db: Db, actor: Actor, identityNumber: string) {
  if (!hasPartnerRole(actor))
    throw forbidden(
      'Sidan är för samverkanspartner (kommunal hälso- och sjukvård, gruppbostad, habilitering). Som vårdpersonal ser du nätverket på patientsidan.',
      'This page is for partner organisations (municipal health care, group home, habilitation). As care staff you see the network on the patient page.',
    );
  const r = await readSharedWithPartner(db, actor, identityNumber);
  if (r.status !== 'ok') throw notFound(thePatient);
  return toPartnerPatient({ ...r.value, displayIdentity });
}
