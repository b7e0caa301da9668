// The unit manager's log review (logguppföljning, issue 16): the queue of flagged accesses to the
// unit's patients, marking one reviewed with a comment (logged), the week's random sample, the
// month's summary and a CSV export. Reading the queue is itself logged.
import type { ReviewFlag, ReviewItem } from '@lotsa/contracts';
import { accessSettingsOf, appendAudit, hasRoleIn, type Scope } from '../../kernel/index.ts';
import { notFound, problem } from '../../lib/errors.ts';
import { addDaysToLocalDate, endOfLocalDay, localToday, startOfLocalDay } from '../../lib/time.ts';
import {
  type AccessRow,
  countReviews,
  findAccesses,
  insertReview,
  sampleAccessIds,
} from './audit.review.repository.ts';
import { csvField, type FlagSettings, flagsOf, mondayOf } from './audit.review.rules.ts';

function managedUnit(scope: Scope): string {
  const unitId = scope.actor.activeUnitId;
  if (!unitId || !hasRoleIn(scope.actor, unitId, ['unit_manager']))
    throw problem(403, 'review_only_unit_manager');
  return unitId;
}

function toItem(r: AccessRow, s: FlagSettings, manyHere: boolean): ReviewItem {
  const written = Array.isArray(r.detail?.flags) ? (r.detail.flags as string[]) : [];
  const flags = flagsOf(
    {
      written,
      localTime: r.local_time,
      isoWeekday: r.dow,
      sameSurname: r.same_surname,
      patientsThatDay: manyHere ? r.patients_that_day : 0,
    },
    s,
  );
  return {
    auditId: Number(r.id),
    at: new Date(r.at).toISOString(),
    userId: r.user_id,
    userName: r.user_name,
    patientId: r.patient_id,
    patientName: r.patient_name,
    action: r.action,
    entity: r.entity,
    reason: r.reason,
    flags,
    patientsThatDay: flags.includes('many_patients') ? r.patients_that_day : null,
    review:
      r.reviewed_by_name && r.reviewed_at
        ? { byName: r.reviewed_by_name, at: new Date(r.reviewed_at).toISOString(), comment: r.comment ?? '' }
        : null,
  };
}

/**
 * The accesses of the window as review items. "Many patients in a day" is one item per user and
 * day (their last read that day), not every read.
 */
async function items(scope: Scope, unitId: string, from: Date, to: Date, ids?: readonly number[]) {
  const settings = await accessSettingsOf(scope.db, scope.regionId);
  const rows = await findAccesses(scope.db, { regionId: scope.regionId, unitId, from, to, ids });
  const lastReadOfDay = new Set<string>();
  return rows.map((r) => {
    const key = `${r.user_id}|${r.local_day}`;
    const manyHere = r.action === 'read' && !lastReadOfDay.has(key);
    if (r.action === 'read') lastReadOfDay.add(key);
    return toItem(r, settings, manyHere);
  });
}

function window(q: { from?: string; to?: string }) {
  const to = q.to ?? localToday();
  const from = q.from ?? addDaysToLocalDate(to, -30);
  return { from: startOfLocalDay(from), to: endOfLocalDay(to) };
}

async function logListed(scope: Scope, list: ReviewItem[], detail: Record<string, unknown>) {
  if (list.length === 0) return;
  await appendAudit(scope.db, scope.actor, {
    action: 'list',
    entity: 'audit_review',
    patientIds: [...new Set(list.map((i) => i.patientId))],
    detail,
  });
}

export async function reviewQueue(
  scope: Scope,
  q: { from?: string; to?: string; flag?: ReviewFlag; state: 'open' | 'all' },
) {
  const unitId = managedUnit(scope);
  const { from, to } = window(q);
  const list = (await items(scope, unitId, from, to)).filter(
    (i) => i.flags.length > 0 && (!q.flag || i.flags.includes(q.flag)) && (q.state === 'all' || !i.review),
  );
  await logListed(scope, list, { queue: q.state, flag: q.flag ?? null });
  return list;
}

export async function markReviewed(scope: Scope, body: { auditId: number; comment: string }) {
  const unitId = managedUnit(scope);
  // Only an access to the unit's patients, within the last year.
  const now = new Date();
  const found = await items(scope, unitId, new Date(now.getTime() - 366 * 86_400_000), now, [body.auditId]);
  const item = found[0];
  if (!item) throw notFound('resource');
  const saved = await scope.db.transaction(async (tx) => {
    const row = await insertReview(tx, {
      regionId: scope.regionId,
      unitId,
      auditId: body.auditId,
      userId: scope.actor.userId,
      userName: scope.actor.userName,
      comment: body.comment,
    });
    if (!row) return null;
    await appendAudit(tx, scope.actor, {
      action: 'update',
      entity: 'audit_review',
      entityId: String(body.auditId),
      patientIds: [...new Set(found.map((i) => i.patientId))],
      detail: { comment: body.comment, flags: item.flags },
    });
    return row;
  });
  if (!saved) throw problem(409, 'review_already_done');
  return {
    ...item,
    review: { byName: saved.reviewedByName, at: saved.reviewedAt.toISOString(), comment: saved.comment },
  };
}

export async function reviewSample(scope: Scope, q: { week?: string }) {
  const unitId = managedUnit(scope);
  const week = mondayOf(q.week ?? localToday());
  const from = startOfLocalDay(week);
  const to = startOfLocalDay(addDaysToLocalDate(week, 7));
  const settings = await accessSettingsOf(scope.db, scope.regionId);
  const ids = await sampleAccessIds(
    scope.db,
    { regionId: scope.regionId, unitId, from, to, seed: `${unitId}|${week}` },
    settings.reviewSamplePerWeek,
  );
  const list = ids.length
    ? await items(
        scope,
        unitId,
        from,
        to,
        ids.map((r) => Number(r.id)),
      )
    : [];
  await logListed(scope, list, { sample: week });
  return { week, items: list };
}

export async function reviewSummary(scope: Scope, q: { month: string }) {
  const unitId = managedUnit(scope);
  const first = `${q.month}-01`;
  const [y, m] = q.month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  const from = startOfLocalDay(first);
  const to = startOfLocalDay(next);
  const all = await items(scope, unitId, from, to);
  const flagged = all.filter((i) => i.flags.length > 0);
  const byFlag: Record<string, number> = {};
  for (const i of flagged) for (const f of i.flags) byFlag[f] = (byFlag[f] ?? 0) + 1;
  // The samples of the weeks that start in the month.
  const settings = await accessSettingsOf(scope.db, scope.regionId);
  let sampled = 0;
  let sampleReviewed = 0;
  for (let week = mondayOf(first); week < next; week = addDaysToLocalDate(week, 7)) {
    if (week < first) continue;
    const ids = await sampleAccessIds(
      scope.db,
      {
        regionId: scope.regionId,
        unitId,
        from: startOfLocalDay(week),
        to: startOfLocalDay(addDaysToLocalDate(week, 7)),
        seed: `${unitId}|${week}`,
      },
      settings.reviewSamplePerWeek,
    );
    sampled += ids.length;
    const inSample = new Set(ids.map((r) => Number(r.id)));
    sampleReviewed += new Set(all.filter((i) => inSample.has(i.auditId) && i.review).map((i) => i.auditId))
      .size;
  }
  return {
    month: q.month,
    flagged: flagged.length,
    flaggedReviewed: flagged.filter((i) => i.review).length,
    byFlag,
    sampled,
    sampleReviewed,
    reviews: await countReviews(scope.db, unitId, from, to),
  };
}

/** The queue (reviewed ones too) as CSV, UTF-8 with BOM and semicolons (Excel in Swedish). */
export async function reviewCsv(scope: Scope, q: { from?: string; to?: string }) {
  const unitId = managedUnit(scope);
  const { from, to } = window(q);
  const list = (await items(scope, unitId, from, to)).filter((i) => i.flags.length > 0);
  const head = [
    'tid',
    'användare',
    'patient',
    'åtgärd',
    'vad',
    'flaggor',
    'skäl',
    'granskad av',
    'granskad',
    'kommentar',
  ];
  const lines = list.map((i) =>
    [
      i.at,
      i.userName,
      i.patientName,
      i.action,
      i.entity,
      i.flags.join(' '),
      i.reason,
      i.review?.byName ?? '',
      i.review?.at ?? '',
      i.review?.comment ?? '',
    ]
      .map(csvField)
      .join(';'),
  );
  if (list.length)
    await appendAudit(scope.db, scope.actor, {
      action: 'export',
      entity: 'audit_review',
      patientIds: [...new Set(list.map((i) => i.patientId))],
      detail: { rows: list.length },
    });
  return {
    filename: `logguppfoljning-${localToday()}.csv`,
    body: `\uFEFF${[head.join(';'), ...lines].join('\r\n')}\r\n`,
  };
}
