import { IMAGE_MAX_BYTES } from '@lotsa/contracts';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import type { Db } from '../../db/database.ts';
import { hasRoleIn } from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { forbidden, notFound, problem } from '../../lib/errors.ts';
import { findStaff, findUnits } from '../organisation/index.ts';
import * as repo from './letters.repository.ts';

/**
 * Staff photos and unit entrance pictures. An upload is checked by its content (file-type reads the
 * magic bytes; the name and the declared type are ignored), decoded and re-encoded by sharp to at most
 * 400 × 400 — which drops every metadata block (EXIF with GPS position, camera, ICC, XMP). A refused
 * upload stores nothing. The unit manager of the unit, or the region admin, may change them; anyone
 * signed in to the region may see them (they are printed on letters).
 */
const ACCEPTED = new Set(['image/jpeg', 'image/png', 'image/webp']);
export const IMAGE_SIDE = 400;

const tooLarge = () => problem(413, 'image_too_large');
const wrongType = () => problem(415, 'image_type');
const unreadable = () => problem(400, 'image_unreadable');
const noPicture = () => problem(400, 'image_missing');

/** Checks and re-encodes an upload: JPEG for photos, PNG when the picture has transparency. */
export async function normaliseImage(
  data: Buffer,
  fit: 'cover' | 'inside' = 'cover',
): Promise<{ data: Buffer; contentType: string; width: number; height: number }> {
  if (data.length === 0) throw noPicture();
  if (data.length > IMAGE_MAX_BYTES) throw tooLarge();
  const type = await fileTypeFromBuffer(data);
  if (!type || !ACCEPTED.has(type.mime)) throw wrongType();
  try {
    const img = sharp(data, { failOn: 'error', limitInputPixels: 40_000_000 }).rotate();
    const meta = await img.metadata();
    // A face is cropped to a square; an entrance keeps its shape, at most 400 × 400.
    const resized = img.resize(
      IMAGE_SIDE,
      IMAGE_SIDE,
      fit === 'cover' ? { fit: 'cover', position: 'attention' } : { fit: 'inside' },
    );
    // No .withMetadata(): sharp writes no EXIF, GPS, XMP or ICC blocks unless asked to.
    const out = meta.hasAlpha
      ? await resized.png().toBuffer({ resolveWithObject: true })
      : await resized
          .flatten({ background: '#ffffff' })
          .jpeg({ quality: 85, mozjpeg: true })
          .toBuffer({ resolveWithObject: true });
    return {
      data: out.data,
      contentType: meta.hasAlpha ? 'image/png' : 'image/jpeg',
      width: out.info.width,
      height: out.info.height,
    };
  } catch {
    throw unreadable();
  }
}

async function ownerUnit(db: Db, actor: Actor, kind: repo.ImageKind, ownerId: string): Promise<string> {
  if (kind === 'staff') {
    const member = (await findStaff(db, actor.regionId)).find((s) => s.id === ownerId);
    if (!member) throw notFound('staff_member');
    return member.unitId;
  }
  const [unit] = await findUnits(db, actor.regionId, [ownerId]);
  if (!unit) throw notFound('unit');
  return unit.id;
}

function mayManage(actor: Actor, unitId: string) {
  if (!actor.isRegionAdmin && !hasRoleIn(actor, unitId, ['unit_manager'])) throw forbidden('change_pictures');
}

export async function uploadImage(db: Db, actor: Actor, kind: repo.ImageKind, ownerId: string, data: Buffer) {
  mayManage(actor, await ownerUnit(db, actor, kind, ownerId));
  const img = await normaliseImage(data, kind === 'staff' ? 'cover' : 'inside');
  const row = await repo.saveImage(db, {
    regionId: actor.regionId,
    kind,
    ownerId,
    ...img,
    createdBy: actor.userId,
  });
  return toInfo(row);
}

export async function removeImage(db: Db, actor: Actor, kind: repo.ImageKind, ownerId: string) {
  mayManage(actor, await ownerUnit(db, actor, kind, ownerId));
  await repo.deleteImage(db, actor.regionId, kind, ownerId);
  return { ok: true as const };
}

export async function readImage(db: Db, actor: Actor, kind: repo.ImageKind, ownerId: string) {
  const row = await repo.findImage(db, actor.regionId, kind, ownerId);
  if (!row) throw notFound(kind === 'staff' ? 'photo' : 'picture');
  return row;
}

export async function imageInfo(db: Db, actor: Actor, kind: repo.ImageKind, ownerId: string) {
  await ownerUnit(db, actor, kind, ownerId);
  const row = await repo.findImage(db, actor.regionId, kind, ownerId);
  return row ? toInfo(row) : null;
}

function toInfo(row: repo.ImageRow) {
  return {
    ownerKind: row.ownerKind as repo.ImageKind,
    ownerId: row.ownerId,
    contentType: row.contentType,
    width: row.width,
    height: row.height,
    createdAt: row.createdAt.toISOString(),
  };
}
