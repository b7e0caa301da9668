import sharp from 'sharp';
import type { Db } from '../db/database.ts';
import { normaliseImage, saveImage } from '../modules/letters/index.ts';
import type { DemoUnit } from './profiles.ts';

/**
 * Drawn avatars for the demo staff (never photos of real people): a simple face on a coloured disc
 * with the initials below, and a drawn entrance for each unit. Stored through the same check and
 * re-encoding as an upload.
 */
const SKIN = ['#f1c9a5', '#e0ac69', '#c68642', '#8d5524', '#ffdbac'];
const HAIR = ['#2c1b10', '#6a4e23', '#b55239', '#e6c07b', '#3b3024', '#9a9a9a'];
const BG = ['#dbe7f3', '#e3f1e0', '#f6e6cc', '#eadcf1', '#f3dada', '#d9f0ef'];

const pick = <T>(list: readonly T[], seed: number) => list[seed % list.length]!;

function hash(text: string) {
  let h = 7;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}

export function avatarSvg(givenName: string, familyName: string): string {
  const h = hash(`${givenName} ${familyName}`);
  const initials = `${givenName[0] ?? ''}${familyName[0] ?? ''}`.toUpperCase();
  const skin = pick(SKIN, h);
  const hair = pick(HAIR, h >> 3);
  const bg = pick(BG, h >> 6);
  const longHair = (h >> 9) % 2 === 0;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400">
  <rect width="400" height="400" fill="${bg}"/>
  ${longHair ? `<path d="M110 200 Q100 90 200 80 Q300 90 290 200 L300 300 L100 300 Z" fill="${hair}"/>` : ''}
  <path d="M80 400 Q90 290 200 285 Q310 290 320 400 Z" fill="#1c5d99"/>
  <rect x="175" y="240" width="50" height="55" fill="${skin}"/>
  <ellipse cx="200" cy="180" rx="80" ry="92" fill="${skin}"/>
  <path d="M118 160 Q120 85 200 84 Q280 85 282 160 Q250 120 200 122 Q150 120 118 160 Z" fill="${hair}"/>
  <circle cx="170" cy="185" r="9" fill="#1a1a2e"/>
  <circle cx="230" cy="185" r="9" fill="#1a1a2e"/>
  <path d="M165 225 Q200 250 235 225" stroke="#1a1a2e" stroke-width="7" fill="none" stroke-linecap="round"/>
  <rect x="150" y="330" width="100" height="48" rx="10" fill="#ffffff"/>
  <text x="200" y="365" font-family="sans-serif" font-size="34" font-weight="700" text-anchor="middle" fill="#1c5d99">${initials}</text>
</svg>`;
}

export function entranceSvg(unitName: string): string {
  const name = unitName.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" viewBox="0 0 640 400">
  <rect width="640" height="400" fill="#cfe3f5"/>
  <rect y="330" width="640" height="70" fill="#9aa5ad"/>
  <rect x="90" y="110" width="460" height="220" fill="#f4efe6" stroke="#6b6b6b" stroke-width="4"/>
  <rect x="260" y="200" width="120" height="130" fill="#1c5d99"/>
  <line x1="320" y1="200" x2="320" y2="330" stroke="#cfe3f5" stroke-width="4"/>
  <rect x="120" y="150" width="90" height="70" fill="#ffffff" stroke="#6b6b6b" stroke-width="3"/>
  <rect x="430" y="150" width="90" height="70" fill="#ffffff" stroke="#6b6b6b" stroke-width="3"/>
  <rect x="180" y="120" width="280" height="40" rx="6" fill="#1c5d99"/>
  <text x="320" y="148" font-family="sans-serif" font-size="22" font-weight="700" text-anchor="middle" fill="#ffffff">${name.slice(0, 26)}</text>
  <path d="M240 330 L400 330 L420 350 L220 350 Z" fill="#7d868c"/>
  <circle cx="565" cy="300" r="14" fill="#2e7d32"/><rect x="560" y="300" width="10" height="30" fill="#5d4037"/>
</svg>`;
}

async function store(
  db: Db,
  regionId: string,
  kind: 'staff' | 'unit_entrance',
  ownerId: string,
  svg: string,
) {
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  const img = await normaliseImage(png, kind === 'staff' ? 'cover' : 'inside');
  await saveImage(db, { regionId, kind, ownerId, ...img, createdBy: null });
}

export async function seedLetterPictures(db: Db, units: DemoUnit[]) {
  for (const unit of units) {
    for (const s of unit.staff)
      await store(db, unit.regionId, 'staff', s.id, avatarSvg(s.givenName, s.familyName));
    await store(db, unit.regionId, 'unit_entrance', unit.unitId, entranceSvg(unit.name));
  }
}
