import { AppError, conflict, forbidden, notFound, problem } from '../../lib/errors.ts';
import type { FieldError } from './health-checks.rules.ts';

/** The health check module's refusals (codes in packages/contracts/src/messages). */

export const checkNotFound = () => notFound('health_check');

export const invalidAnswers = (errors: FieldError[]) =>
  new AppError(400, 'health_check_invalid_answers', {}, errors);

export const unknownSection = () => problem(404, 'health_check_unknown_section');

export const staleSection = (by: string, at: string) => conflict('health_check_section_stale', { by, at });

export const notDraft = () => conflict('health_check_signed');

export const draftExists = () => conflict('health_check_draft_exists');

export const notAmendable = () => conflict('health_check_not_amendable');

export const signBlocked = (blockers: Array<{ sv: string; en: string }>) =>
  problem(422, 'health_check_sign_blocked', { blockers });

export const onlyDoctorSigns = () => forbidden('sign_health_check');

export const wrongBooking = () => problem(400, 'health_check_wrong_booking');
