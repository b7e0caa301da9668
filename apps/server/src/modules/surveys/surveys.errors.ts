import { forbidden, problem } from '../../lib/errors.ts';

/** The survey module's refusals, in words a patient or a companion can act on. */

export const unknownLink = () => problem(404, 'survey_not_found');

export const alreadyAnswered = (status: 409 | 410) => problem(status, 'survey_already_answered');

export const expired = () => problem(410, 'survey_expired');

export const notOpenYet = (date: string) => problem(409, 'survey_not_open', { date });

export const bookingNotOpen = () => problem(409, 'survey_booking_not_open');

export const tooManyAnswers = () => problem(429, 'survey_too_many');

export const kioskNotStarted = () => problem(401, 'survey_kiosk_not_started');

export const noSurveyRights = () => forbidden('survey_rights');
