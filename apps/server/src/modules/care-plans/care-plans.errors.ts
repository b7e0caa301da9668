import type { SipRequirement } from '@lotsa/contracts';
import { conflict, fieldProblem, notFound, problem } from '../../lib/errors.ts';

/** The SIP module's refusals (codes in packages/contracts/src/messages, section SIP). */

export const planNotFound = () => notFound('care_plan');
export const agreed = () => conflict('care_plan_agreed');
export const notAgreed = () => conflict('care_plan_not_agreed');
export const stale = (by: string) => conflict('care_plan_stale', { by });
export const incomplete = (missing: SipRequirement[]) => problem(422, 'care_plan_incomplete', { missing });
export const participantNotFound = () => problem(404, 'care_plan_participant_not_found');
export const participantInAgreed = () => conflict('care_plan_participant_in_agreed');
export const consentNotFound = () => problem(404, 'care_plan_consent_not_found');
export const consentWithdrawn = () => conflict('care_plan_consent_withdrawn');
export const consentNotNeeded = () => fieldProblem('participantId', 'care_plan_consent_not_needed');
export const consentFirst = () => conflict('care_plan_consent_first');
export const accountNotPartner = () => fieldProblem('userId', 'care_plan_account_not_partner');
export const accountTwice = () => conflict('care_plan_account_twice');
export const versionNotFound = () => problem(404, 'care_plan_version_not_found');
export const versionOutdated = (version: number) => conflict('care_plan_version_outdated', { version });
export const actionLinked = () => conflict('care_plan_action_linked');
export const actionUnknown = () => fieldProblem('actionIds', 'care_plan_action_unknown');
export const linkUnknown = () => fieldProblem('content.interventions', 'care_plan_link_unknown');
