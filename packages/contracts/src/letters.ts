import { z } from 'zod';
import { defineEndpoint, ZId, ZIdParams, ZOk } from './http.ts';
import { messageCode } from './messages/index.ts';
import { STEP_PICTOGRAMS } from './scheduling.ts';

// ---------------------------------------------------------------------------------------------------
// Letters (kallelser): easy-read letters made from a booking, as PDF and as a public web page; staff
// photos and unit entrance pictures. See apps/server/src/modules/letters/README.md.
// ---------------------------------------------------------------------------------------------------

/** easy_read: short sentences with pictures; plain: the same facts in ordinary text; large_print: easy read in big type. */
export const LETTER_VARIANTS = ['easy_read', 'plain', 'large_print'] as const;
export const ZLetterVariant = z.enum(LETTER_VARIANTS);
export type LetterVariant = z.infer<typeof ZLetterVariant>;

export const LETTER_RECIPIENTS = ['patient', 'representative'] as const;
export const ZLetterRecipientKind = z.enum(LETTER_RECIPIENTS);
export type LetterRecipientKind = z.infer<typeof ZLetterRecipientKind>;

/** Pictures beside the letter's sections, in addition to the visit steps' pictograms. */
export const LETTER_PICTOGRAMS = [
  ...STEP_PICTOGRAMS,
  'calendar',
  'clock',
  'place',
  'bring',
  'phone',
  'cancel',
] as const;
export const ZLetterPictogram = z.enum(LETTER_PICTOGRAMS);
export type LetterPictogram = z.infer<typeof ZLetterPictogram>;

/** What stands left of a row: a pictogram, a staff member's photo or the unit's entrance. */
export const ZLetterPicture = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pictogram'), code: ZLetterPictogram }),
  z.object({ kind: z.literal('staff'), staffId: ZId, initials: z.string() }),
  z.object({ kind: z.literal('entrance'), unitId: ZId }),
]);
export type LetterPicture = z.infer<typeof ZLetterPicture>;

/** One row: picture left, text right. `alt` describes the picture for screen readers and the PDF tags. */
export const ZLetterRow = z.object({
  picture: ZLetterPicture.nullable(),
  alt: z.string(),
  lines: z.array(z.string()),
});
export type LetterRow = z.infer<typeof ZLetterRow>;

export const ZLetterSection = z.object({
  key: z.enum(['intro', 'when', 'where', 'schedule', 'people', 'bring', 'call', 'cancel']),
  heading: z.string(),
  rows: z.array(ZLetterRow),
});
export type LetterSection = z.infer<typeof ZLetterSection>;

/** The whole text of a letter, the same for the PDF and the web page. */
export const ZLetterContent = z.object({
  title: z.string(),
  variant: ZLetterVariant,
  /** Name and address lines for the envelope window; no address for a protected identity. */
  addressLines: z.array(z.string()),
  /** "Till Karin Berg, god man för Anna." on a representative's copy. */
  copyNote: z.string().nullable(),
  sections: z.array(ZLetterSection),
  unitName: z.string(),
  /** LIX of the text (words per sentence + 100 × share of words over six letters). */
  lix: z.number(),
});
export type LetterContent = z.infer<typeof ZLetterContent>;

/**
 * Whether the booking still matches what the letter said (the letter is frozen when it is made):
 * `moved` — the visit now has another time, unit or kind of place (`start` is the new time);
 * `cancelled` — the visit was cancelled (or the patient did not come) and not moved to a new time.
 */
export const LETTER_CHANGE_STATES = ['same', 'moved', 'cancelled'] as const;
export const ZLetterChange = z.object({
  state: z.enum(LETTER_CHANGE_STATES),
  /** The visit's time now, when it was moved; else null. */
  start: z.iso.datetime().nullable(),
});
export type LetterChange = z.infer<typeof ZLetterChange>;

export const ZLetterSummary = z.object({
  id: ZId,
  bookingId: ZId,
  patientId: ZId,
  patientName: z.string(),
  recipient: ZLetterRecipientKind,
  recipientName: z.string(),
  variant: ZLetterVariant,
  lix: z.number(),
  /** "mycket lättläst", "lättläst", "medelsvår", "svår". */
  lixLevel: z.enum(['very_easy', 'easy', 'medium', 'hard']),
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  sentVia: z.enum(['print', 'link']).nullable(),
  sentAt: z.iso.datetime().nullable(),
  /** The visit's time as the letter says it (frozen when the letter was made). */
  visitStart: z.iso.datetime(),
  visitTypeName: z.string(),
  batchId: ZId.nullable(),
  /** Whether the booking has changed since the letter was made. */
  change: ZLetterChange,
});
export type LetterSummary = z.infer<typeof ZLetterSummary>;

/** A created letter: its summary, and the secret web link (shown once; only its hash is stored). */
export const ZCreatedLetter = ZLetterSummary.extend({
  webUrl: z.string(),
  linkExpiresAt: z.iso.datetime(),
});
export type CreatedLetter = z.infer<typeof ZCreatedLetter>;

export const ZCreateLetters = z.object({
  /** Bulk runs pass the same id for every booking, so the log shows which letters were printed together. */
  batchId: ZId.optional(),
});

export const ZMarkSent = z.object({ via: z.enum(['print', 'link']) });

const ZLocalDate = z.iso.date({ error: messageCode('date_format') });

/** Without a date: the next day the unit is open (the answer's `date` says which). */
export const ZLetterLogQuery = z.object({ date: ZLocalDate.optional() });

/** The day's bookings, for the letters page: which have letters already. */
export const ZLetterDayBooking = z.object({
  bookingId: ZId,
  patientId: ZId,
  patientName: z.string(),
  visitTypeName: z.string(),
  start: z.iso.datetime(),
  letterCount: z.number().int(),
});
export const ZLetterDay = z.object({
  date: ZLocalDate,
  bookings: z.array(ZLetterDayBooking),
  letters: z.array(ZLetterSummary),
});
export type LetterDay = z.infer<typeof ZLetterDay>;

/**
 * A combined PDF: letters already made (with the link tokens the browser got when it made them, so the
 * printed QR codes match; a letter without its token gets a new link), or — in one call — new letters
 * for a day's bookings or a list of bookings (the recall page).
 */
export const ZBatchRequest = z
  .object({
    letters: z
      .array(z.object({ id: ZId, token: z.string().max(100).optional() }))
      .max(300)
      .optional(),
    date: ZLocalDate.optional(),
    bookingIds: z.array(ZId).max(200).optional(),
  })
  .refine((v) => Boolean(v.letters?.length) || Boolean(v.date) || Boolean(v.bookingIds?.length), {
    error: messageCode('letters_choose_something'),
  });

/** The easy-read notice above a letter whose visit has changed since: a heading and short sentences. */
export const ZLetterNotice = z.object({
  state: z.enum(['moved', 'cancelled']),
  heading: z.string(),
  lines: z.array(z.string()),
});
export type LetterNotice = z.infer<typeof ZLetterNotice>;

/** The public web page of a letter (no session): the content as it was sent, with its pictures inline. */
export const ZPublicLetter = z.object({
  content: ZLetterContent,
  /** Data URLs of the staff photos and the entrance picture, by picture key (`staff:<id>`, `entrance:<id>`). */
  images: z.record(z.string(), z.string()),
  expiresAt: z.iso.datetime(),
  /** Null while the visit is as the letter says; else what changed, in easy-read Swedish. */
  notice: ZLetterNotice.nullable(),
});

/** A letter for staff: its log entry (with `change`), its content as sent and its pictures inline. */
export const ZLetterView = z.object({
  letter: ZLetterSummary,
  content: ZLetterContent,
  images: z.record(z.string(), z.string()),
});
export type LetterView = z.infer<typeof ZLetterView>;
export type PublicLetter = z.infer<typeof ZPublicLetter>;

export const ZTokenParams = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { error: messageCode('letter_link_wrong') }),
});

/** A stored picture (staff photo or entrance): re-encoded, 400 × 400 at most, metadata removed. */
export const ZImageInfo = z.object({
  ownerKind: z.enum(['staff', 'unit_entrance']),
  ownerId: ZId,
  contentType: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  createdAt: z.iso.datetime(),
});

/** Largest accepted upload. */
export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;

const tags = ['letters'];
export const letterEndpoints = {
  createLetters: defineEndpoint({
    method: 'POST',
    path: '/api/bookings/:id/letters',
    summary: 'Create the letter(s) of a booking for the recipients the patient’s profile names',
    tags,
    params: ZIdParams,
    body: ZCreateLetters,
    response: z.array(ZCreatedLetter),
    status: 201,
  }),
  listBookingLetters: defineEndpoint({
    method: 'GET',
    path: '/api/bookings/:id/letters',
    summary: 'The letters made from a booking',
    tags,
    params: ZIdParams,
    response: z.array(ZLetterSummary),
  }),
  getLetter: defineEndpoint({
    method: 'GET',
    path: '/api/letters/:id',
    summary: 'A letter as it was sent, and whether its visit has changed since',
    tags,
    params: ZIdParams,
    response: ZLetterView,
  }),
  markSent: defineEndpoint({
    method: 'POST',
    path: '/api/letters/:id/sent',
    summary: 'Mark a letter as sent (printed and posted, or the link given)',
    tags,
    params: ZIdParams,
    body: ZMarkSent,
    response: ZLetterSummary,
  }),
  letterDay: defineEndpoint({
    method: 'GET',
    path: '/api/letters',
    summary:
      'The active unit’s bookings on a day (without `date`: the next day the unit is open) and the letters made for them (the letters log)',
    tags,
    query: ZLetterLogQuery,
    response: ZLetterDay,
  }),
  publicLetter: defineEndpoint({
    method: 'GET',
    path: '/api/public/letters/:token',
    summary: 'A letter’s accessible web page, reached by its link or QR code (no sign-in; expires)',
    tags,
    params: ZTokenParams,
    response: ZPublicLetter,
  }),
  staffPhotoInfo: defineEndpoint({
    method: 'GET',
    path: '/api/staff/:id/photo/info',
    summary: 'Whether a staff member has a photo',
    tags,
    params: ZIdParams,
    response: ZImageInfo.nullable(),
  }),
  deleteStaffPhoto: defineEndpoint({
    method: 'DELETE',
    path: '/api/staff/:id/photo',
    summary: 'Remove a staff member’s photo',
    tags,
    params: ZIdParams,
    response: ZOk,
  }),
  unitEntranceInfo: defineEndpoint({
    method: 'GET',
    path: '/api/units/:id/entrance-photo/info',
    summary: 'Whether a unit has an entrance picture',
    tags,
    params: ZIdParams,
    response: ZImageInfo.nullable(),
  }),
  deleteUnitEntrance: defineEndpoint({
    method: 'DELETE',
    path: '/api/units/:id/entrance-photo',
    summary: 'Remove a unit’s entrance picture',
    tags,
    params: ZIdParams,
    response: ZOk,
  }),
};

/** Binary routes (not JSON): documented here so the web client and the README share one list. */
export const LETTER_PATHS = {
  pdf: '/api/letters/:id/pdf',
  batchPdf: '/api/letters/batch',
  myContactsPdf: '/api/patients/:id/my-contacts.pdf',
  staffPhoto: '/api/staff/:id/photo',
  unitEntrance: '/api/units/:id/entrance-photo',
  pictogram: '/api/public/pictograms/:code.svg',
} as const;

/** LIX bands (Björnsson): below 30 very easy, 30–40 easy, 40–50 medium, above 50 hard. */
export function lixLevel(lix: number): 'very_easy' | 'easy' | 'medium' | 'hard' {
  if (lix < 30) return 'very_easy';
  if (lix < 40) return 'easy';
  if (lix < 50) return 'medium';
  return 'hard';
}
