import { AppError, conflict, forbidden, notFound } from '../../lib/errors.ts';
import type { FieldError } from './health-checks.rules.ts';

/** The health check module's refusals, in words a clinician can act on. */

export const checkNotFound = () => notFound({ sv: 'Hälsokontrollen', en: 'The health check' });

export const invalidAnswers = (errors: FieldError[]) =>
  new AppError(
    400,
    'health_check_invalid_answers',
    `Några svar kan inte sparas: ${errors.map((e) => e.sv).join(' ')}`,
    `Some answers cannot be saved: ${errors.map((e) => e.en).join(' ')}`,
    errors,
  );

export const unknownSection = () =>
  new AppError(
    404,
    'health_check_unknown_section',
    'Den delen finns inte i den här hälsokontrollens protokoll.',
    'That section is not part of this health check’s protocol.',
  );

export const staleSection = (by: string, at: string) =>
  conflict(
    'health_check_section_stale',
    `${by} sparade den här delen ${at} medan du skrev. Dina ändringar är inte sparade: läs in den nya versionen och lägg till dina ändringar.`,
    `${by} saved this section at ${at} while you were editing. Your changes are not saved: load the new version and add your changes.`,
  );

export const notDraft = () =>
  conflict(
    'health_check_signed',
    'Hälsokontrollen är signerad och kan inte ändras. Gör en rättelse: den blir en ny version.',
    'The health check is signed and cannot be changed. Make a correction: it becomes a new version.',
  );

export const draftExists = () =>
  conflict(
    'health_check_draft_exists',
    'Patienten har redan en påbörjad hälsokontroll. Öppna den i stället.',
    'The patient already has a health check in progress. Open that one instead.',
  );

export const notAmendable = () =>
  conflict(
    'health_check_not_amendable',
    'Bara den senaste signerade versionen kan rättas.',
    'Only the latest signed version can be corrected.',
  );

export const signBlocked = (blockers: Array<{ sv: string; en: string }>) =>
  new AppError(
    422,
    'health_check_sign_blocked',
    `Hälsokontrollen kan inte signeras än: ${blockers.map((b) => b.sv).join(' ')}`,
    `The health check cannot be signed yet: ${blockers.map((b) => b.en).join(' ')}`,
  );

export const onlyDoctorSigns = () =>
  forbidden(
    'Bara en läkare på patientens enhet kan signera hälsokontrollen.',
    'Only a doctor at the patient’s unit can sign the health check.',
  );

export const wrongBooking = () =>
  new AppError(
    400,
    'health_check_wrong_booking',
    'Besöket är inte en hälsokontroll för den här patienten.',
    'The visit is not a health check for this patient.',
  );
