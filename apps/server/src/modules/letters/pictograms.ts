import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LetterPictogram } from '@lotsa/contracts';
import sharp from 'sharp';
import { PICTOGRAMS } from './pictograms.catalog.ts';
import { DRAWN } from './pictograms.drawn.ts';

/**
 * Pictogram files: the SVG for the web page, and a PNG rasterised with sharp for the PDF (a raster
 * image can be extracted from the PDF and checked; pdfkit's SVG support is partial). Both cached.
 */
const require = createRequire(import.meta.url);
const ICONS = path.join(
  path.dirname(require.resolve('healthicons/package.json')),
  'public/icons/svg/outline',
);
/** The ink colour of the pictograms: near-black, high contrast on white. */
const INK = '#1a1a2e';

const svgCache = new Map<LetterPictogram, string>();
const pngCache = new Map<LetterPictogram, Promise<Buffer>>();

export function pictogramSvg(code: LetterPictogram): string {
  let svg = svgCache.get(code);
  if (!svg) {
    const p = PICTOGRAMS[code];
    const raw = p.source === 'lotsa' ? DRAWN[p.file]! : readFileSync(path.join(ICONS, p.file), 'utf8');
    svg = raw.replaceAll('currentColor', INK);
    svgCache.set(code, svg);
  }
  return svg;
}

/** A 240 × 240 PNG on white (PDF viewers and printers handle opaque images best). */
export function pictogramPng(code: LetterPictogram): Promise<Buffer> {
  let png = pngCache.get(code);
  if (!png) {
    png = sharp(Buffer.from(pictogramSvg(code)), { density: 360 })
      .resize(240, 240)
      .flatten({ background: '#ffffff' })
      .png()
      .toBuffer();
    pngCache.set(code, png);
  }
  return png;
}
