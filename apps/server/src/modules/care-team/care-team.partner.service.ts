import type { Db } from '../../db/database.ts';
import { hasPartnerRole } from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { forbidden, notFound } from '../../lib/errors.ts';
import { displayIdentity } from '../patients/index.ts';
import { readSharedWithPartner } from './care-team.partner.repository.ts';
import { toPartnerPatient } from './care-team.partner.rules.ts';

/**
 * A partner organisation looks up a patient of one of its units by identity number (already parsed
 * and normalised by the contract). Not found and "not in your units" get the same 404, so the answer
 * never tells whether the number belongs to a patient elsewhere.
 */
export async function lookUpPartnerPatient(db: Db, actor: Actor, identityNumber: string) {
  if (!hasPartnerRole(actor)) throw forbidden('partner_page_only');
  const r = await readSharedWithPartner(db, actor, identityNumber);
  if (r.status !== 'ok') throw notFound('patient');
  return toPartnerPatient({ ...r.value, displayIdentity });
}
