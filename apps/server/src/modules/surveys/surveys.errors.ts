import { AppError, forbidden } from '../../lib/errors.ts';

/** The survey module's refusals, in words a patient or a companion can act on. */

export const unknownLink = () =>
  new AppError(
    404,
    'survey_not_found',
    'Vi hittar ingen enkät för den här länken. Kontrollera att hela länken kom med, eller fråga mottagningen.',
    'We cannot find a survey for this link. Check that the whole link was copied, or ask the clinic.',
  );

export const alreadyAnswered = (status: 409 | 410) =>
  new AppError(
    status,
    'survey_already_answered',
    'Den här enkäten är redan besvarad. Tack för ditt svar! Varje länk kan bara användas en gång.',
    'This survey has already been answered. Thank you! Each link can only be used once.',
  );

export const expired = () =>
  new AppError(
    410,
    'survey_expired',
    'Tiden för att svara på den här enkäten har gått ut. Du kan berätta vad du tycker när du ringer eller besöker oss.',
    'The time to answer this survey has run out. You can tell us what you think when you call or visit us.',
  );

export const notOpenYet = (date: string) =>
  new AppError(
    409,
    'survey_not_open',
    `Enkäten öppnar efter besöket, den ${date}. Välkommen tillbaka då!`,
    `The survey opens after the visit, on ${date}. Welcome back then!`,
  );

export const bookingNotOpen = () =>
  new AppError(
    409,
    'survey_booking_not_open',
    'Enkäter kan bara skickas för bokade eller genomförda besök, inte för inställda eller uteblivna.',
    'Surveys can only be sent for booked or completed visits, not for cancelled or missed ones.',
  );

export const tooManyAnswers = () =>
  new AppError(
    429,
    'survey_too_many',
    'Vi har fått många svar härifrån på kort tid. Vänta några minuter och försök igen.',
    'We have received many answers from here in a short time. Wait a few minutes and try again.',
  );

export const kioskNotStarted = () =>
  new AppError(
    401,
    'survey_kiosk_not_started',
    'Surfplattan är inte startad för enkäter, eller så har dagen tagit slut. Be personalen starta enkäten igen.',
    'The tablet is not started for surveys, or the day has ended. Ask the staff to start the survey again.',
  );

export const noSurveyRights = () =>
  forbidden(
    'Enkäter kan startas och läsas av vårdpersonal och chefer på enheten. Välj en enhet där du har en roll.',
    'Surveys can be started and read by the care staff and managers of the unit. Choose a unit where you have a role.',
  );
