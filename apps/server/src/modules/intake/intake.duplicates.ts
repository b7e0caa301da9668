import { createHash } from 'node:crypto';

/**
 * Repeated public-form submissions and possible duplicates (issue 21), pure: the key a submission
 * claims, the hash of its content, and what merging a later registration into an earlier one carries
 * over. No IO; intake.public.repository.ts and intake.duplicates.service.ts apply them.
 */

/** The form's own key answers the same receipt for a day. */
export const IDEMPOTENCY_KEY_HOURS = 24;
/** Without a key: the same identity number and the same content within this many minutes. */
export const SAME_CONTENT_MINUTES = 10;

/** JSON with object keys sorted, so equal content gives equal text whatever the key order. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v ?? null);
}

/** A SHA-256 of what was submitted, without the honeypot and the key (they are not content). */
export function contentHashOf(input: Record<string, unknown>): string {
  const { website: _w, idempotencyKey: _k, ...content } = input;
  return createHash('sha256')
    .update(`lotsa-intake-content:${canonicalJson(content)}`)
    .digest('hex');
}

export interface Claim {
  key: string;
  contentHash: string;
  expiresAt: Date;
}

/**
 * The key a public submission claims: the form's idempotency key for a day; without one, a key made
 * of the content when it names an identity number, for a few minutes; else none (nothing to tell two
 * people apart by, so two identical anonymous submissions are two registrations).
 */
export function claimFor(
  input: { idempotencyKey?: string | undefined; person: { identityNumber: string | null } },
  contentHash: string,
  at: Date,
): Claim | null {
  if (input.idempotencyKey)
    return {
      key: `key:${input.idempotencyKey}`,
      contentHash,
      expiresAt: new Date(at.getTime() + IDEMPOTENCY_KEY_HOURS * 3_600_000),
    };
  if (input.person.identityNumber)
    return {
      key: `content:${contentHash}`,
      contentHash,
      expiresAt: new Date(at.getTime() + SAME_CONTENT_MINUTES * 60_000),
    };
  return null;
}

/** The columns a merge looks at, as the registration rows have them. */
export interface MergeFields {
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  applicantName: string | null;
  applicantRelation: string | null;
  applicantPhone: string | null;
  applicantEmail: string | null;
  disabilities: string | null;
  currentCareContacts: string | null;
  hardToday: string | null;
}

/** Swedish names for the timeline note (the record is in Swedish, like the staff's own notes). */
export const MERGE_FIELD_NAMES: Record<keyof MergeFields, string> = {
  streetAddress: 'adress',
  postalCode: 'postnummer',
  city: 'ort',
  phone: 'telefon',
  email: 'e-post',
  applicantName: 'anmälarens namn',
  applicantRelation: 'anmälarens relation',
  applicantPhone: 'anmälarens telefon',
  applicantEmail: 'anmälarens e-post',
  disabilities: 'funktionsnedsättningar',
  currentCareContacts: 'vårdkontakter',
  hardToday: 'vad som är svårt i dag',
};

/** Free text the later registration adds to: appended, never replacing what the earlier says. */
const APPENDED: ReadonlySet<keyof MergeFields> = new Set([
  'disabilities',
  'currentCareContacts',
  'hardToday',
]);

export interface MergePlan {
  /** Columns to set on the earlier registration. */
  set: Partial<MergeFields>;
  /** Fields filled in or added to. */
  carried: Array<keyof MergeFields>;
  /** Contact details that differ and are kept as the earlier has them (the later's value is in the note). */
  differing: Array<{ field: keyof MergeFields; value: string }>;
}

/**
 * Pure: what merging `later` into `earlier` carries over. A field the earlier lacks is filled in;
 * free text that differs is appended with the later's reference; a contact detail that differs is
 * kept (it may have been checked) and the later's value goes into the timeline note instead. With
 * `fieldsLocked` (the earlier is enrolled: its details live in the patient registry) nothing is set
 * and everything new is in the note.
 */
export function planMerge(
  earlier: MergeFields,
  later: MergeFields,
  laterReference: string,
  fieldsLocked: boolean,
): MergePlan {
  const set: Partial<MergeFields> = {};
  const carried: Array<keyof MergeFields> = [];
  const differing: MergePlan['differing'] = [];
  for (const field of Object.keys(MERGE_FIELD_NAMES) as Array<keyof MergeFields>) {
    const a = earlier[field]?.trim() || null;
    const b = later[field]?.trim() || null;
    if (b === null || a === b) continue;
    if (fieldsLocked) differing.push({ field, value: b });
    else if (a === null) {
      set[field] = b;
      carried.push(field);
    } else if (APPENDED.has(field)) {
      if (a.includes(b)) continue;
      set[field] = `${a}\n\n(Från anmälan ${laterReference}:) ${b}`;
      carried.push(field);
    } else differing.push({ field, value: b });
  }
  return { set, carried, differing };
}

/** The timeline note on the earlier registration: what came from the later one, and why. */
export function mergeNote(laterReference: string, plan: MergePlan, reason: string): string {
  const parts = [`Anmälan ${laterReference} slogs ihop med den här.`];
  if (plan.carried.length > 0)
    parts.push(`Överfört: ${plan.carried.map((f) => MERGE_FIELD_NAMES[f]).join(', ')}.`);
  if (plan.differing.length > 0)
    parts.push(
      `Annat i ${laterReference} (inte ändrat här): ${plan.differing
        .map((d) => `${MERGE_FIELD_NAMES[d.field]}: ${d.value}`)
        .join('; ')}.`,
    );
  if (plan.carried.length === 0 && plan.differing.length === 0) parts.push('Inget nytt att överföra.');
  parts.push(`Skäl: ${reason}`);
  return parts.join(' ');
}
