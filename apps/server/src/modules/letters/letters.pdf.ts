import { createRequire } from 'node:module';
import path from 'node:path';
import type { LetterContent, LetterPicture, LetterRow, LetterVariant } from '@lotsa/contracts';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { pictogramPng } from './pictograms.ts';

/**
 * The print pipeline: letters (and the "my contacts" sheet) to one A4 PDF. Atkinson Hyperlegible is
 * embedded; text is at least 14 pt (easy read 16, large print 22); every row has its picture on the
 * left and its text on the right. The PDF is tagged as far as pdfkit allows (`tagged`, `lang`
 * sv-SE, `displayTitle`, a structure tree of headings, paragraphs and figures with alt text;
 * decoration is marked as artifacts).
 */
const require = createRequire(import.meta.url);
const FONT_DIR = path.join(
  path.dirname(require.resolve('@fontsource/atkinson-hyperlegible/package.json')),
  'files',
);
const REGULAR = path.join(FONT_DIR, 'atkinson-hyperlegible-latin-400-normal.woff');
const BOLD = path.join(FONT_DIR, 'atkinson-hyperlegible-latin-700-normal.woff');

const MARGIN = 50;
const INK = '#1a1a2e';
const ACCENT = '#1c5d99';

interface Scale {
  body: number;
  heading: number;
  title: number;
  picture: number;
  gap: number;
}
const SCALES: Record<LetterVariant, Scale> = {
  plain: { body: 14, heading: 17, title: 24, picture: 0, gap: 6 },
  easy_read: { body: 16, heading: 20, title: 28, picture: 64, gap: 12 },
  large_print: { body: 22, heading: 26, title: 32, picture: 84, gap: 14 },
};

/** One letter to print: its content, its pictures by key, and the web address for the QR code. */
export interface PrintableLetter {
  content: LetterContent;
  /** Photo bytes (JPEG/PNG) by picture key: `staff:<id>`, `entrance:<id>`. */
  photos: ReadonlyMap<string, Buffer>;
  webUrl: string | null;
}

export function pictureKey(p: LetterPicture): string {
  return p.kind === 'pictogram'
    ? `pictogram:${p.code}`
    : p.kind === 'staff'
      ? `staff:${p.staffId}`
      : `entrance:${p.unitId}`;
}

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

function artifact(doc: Doc, draw: () => void) {
  doc.markContent('Artifact', { type: 'Layout' });
  draw();
  doc.endMarkedContent();
}

async function drawPicture(
  doc: Doc,
  parent: Struct,
  row: LetterRow,
  photos: PrintableLetter['photos'],
  x: number,
  y: number,
  size: number,
) {
  const p = row.picture;
  if (!p) return;
  const bytes = p.kind === 'pictogram' ? await pictogramPng(p.code) : photos.get(pictureKey(p));
  parent.add(
    doc.struct('Figure', { alt: row.alt }, () => {
      if (bytes) {
        doc.image(
          bytes,
          x,
          y,
          p.kind === 'entrance' ? { fit: [size * 1.6, size] } : { width: size, height: size },
        );
      } else if (p.kind === 'staff') {
        // No photo: a drawn circle with the initials, so every person still has a picture.
        doc
          .save()
          .circle(x + size / 2, y + size / 2, size / 2)
          .fill('#dbe7f3')
          .restore();
        doc
          .font('bold')
          .fontSize(size * 0.36)
          .fillColor(ACCENT);
        doc.text(p.initials, x, y + size * 0.3, { width: size, align: 'center', lineBreak: false });
      }
    }),
  );
}

async function drawRow(doc: Doc, parent: Struct, row: LetterRow, letter: PrintableLetter, s: Scale) {
  const hasPicture = s.picture > 0 && row.picture !== null;
  const entrance = row.picture?.kind === 'entrance';
  const picWidth = hasPicture ? (entrance ? s.picture * 1.6 : s.picture) : 0;
  const textX = MARGIN + (s.picture > 0 ? s.picture * (entrance ? 1.6 : 1) + 18 : 0);
  const width = doc.page.width - MARGIN - textX;
  doc.font('regular').fontSize(s.body);
  const text = row.lines.join('\n');
  const textHeight = doc.heightOfString(text, { width, lineGap: 3 });
  const height = Math.max(hasPicture ? s.picture : 0, textHeight);
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
  const y = doc.y;
  if (hasPicture) await drawPicture(doc, parent, row, letter.photos, MARGIN, y, s.picture);
  const textY = hasPicture && textHeight < s.picture ? y + (s.picture - textHeight) / 2 : y;
  parent.add(
    doc.struct('P', {}, () => {
      doc.font('regular').fontSize(s.body).fillColor(INK);
      doc.text(text, textX, textY, { width, lineGap: 3 });
    }),
  );
  void picWidth;
  doc.x = MARGIN;
  doc.y = y + height + s.gap;
}

async function drawLetter(doc: Doc, root: Struct, letter: PrintableLetter) {
  const c = letter.content;
  const s = SCALES[c.variant];
  const section = doc.struct('Sect');
  root.add(section);
  const top = MARGIN;
  // The unit's name as a letterhead, the QR code to the web page on the right.
  section.add(
    doc.struct('P', {}, () => {
      doc.font('bold').fontSize(14).fillColor(ACCENT).text(c.unitName, MARGIN, top, { width: 330 });
    }),
  );
  if (letter.webUrl) {
    const qr = await QRCode.toBuffer(letter.webUrl, {
      type: 'png',
      margin: 1,
      width: 300,
      errorCorrectionLevel: 'M',
    });
    const qrSize = 92;
    const qrX = doc.page.width - MARGIN - qrSize;
    section.add(
      doc.struct('Figure', { alt: 'QR-kod till kallelsen på webben' }, () => {
        doc.image(qr, qrX, top, { width: qrSize, height: qrSize });
      }),
    );
    section.add(
      doc.struct('P', {}, () => {
        doc.font('regular').fontSize(11).fillColor(INK);
        doc.text('Läs kallelsen på webben', qrX - 20, top + qrSize + 4, {
          width: qrSize + 20,
          align: 'right',
        });
      }),
    );
  }
  doc.y = top + 30;
  if (c.addressLines.length > 0) {
    section.add(
      doc.struct('P', {}, () => {
        doc.font('regular').fontSize(14).fillColor(INK);
        doc.text(c.addressLines.join('\n'), MARGIN, doc.y, { width: 300 });
      }),
    );
  }
  doc.y = Math.max(doc.y + 16, letter.webUrl ? top + 130 : doc.y + 16);
  section.add(
    doc.struct('H1', {}, () => {
      doc
        .font('bold')
        .fontSize(s.title)
        .fillColor(INK)
        .text(c.title, MARGIN, doc.y, { width: doc.page.width - 2 * MARGIN });
    }),
  );
  if (c.copyNote) {
    const note = c.copyNote;
    section.add(
      doc.struct('P', {}, () => {
        doc
          .font('regular')
          .fontSize(14)
          .fillColor(INK)
          .text(note, MARGIN, doc.y + 4, { width: doc.page.width - 2 * MARGIN });
      }),
    );
  }
  doc.y += s.gap;
  for (const sec of c.sections) {
    // Keep a heading with its first row: move both to the next page when they do not fit together.
    const headingHeight = s.heading * 1.4 + s.gap + 8;
    const first = sec.rows[0];
    doc.font('regular').fontSize(s.body);
    const firstHeight = first
      ? Math.max(
          first.picture && s.picture > 0 ? s.picture : 0,
          doc.heightOfString(first.lines.join('\n'), {
            width: doc.page.width - 2 * MARGIN - s.picture - 18,
            lineGap: 3,
          }),
        )
      : 0;
    if (doc.y + headingHeight + firstHeight > doc.page.height - MARGIN) doc.addPage();
    artifact(doc, () => {
      doc
        .save()
        .moveTo(MARGIN, doc.y)
        .lineTo(doc.page.width - MARGIN, doc.y)
        .lineWidth(1)
        .strokeColor('#c9d3df')
        .stroke()
        .restore();
    });
    doc.y += 8;
    section.add(
      doc.struct('H2', {}, () => {
        doc
          .font('bold')
          .fontSize(s.heading)
          .fillColor(ACCENT)
          .text(sec.heading, MARGIN, doc.y, { width: doc.page.width - 2 * MARGIN });
      }),
    );
    doc.y += s.gap / 2;
    for (const row of sec.rows) await drawRow(doc, section, row, letter, s);
  }
  section.end();
}

/** Renders one or more letters into one PDF (each letter starts on a new page). */
export async function renderLettersPdf(letters: readonly PrintableLetter[], title: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    tagged: true,
    lang: 'sv-SE',
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: title, Author: 'Lotsa', Subject: 'Kallelse', Keywords: 'kallelse, lättläst' },
    autoFirstPage: true,
  });
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  doc.font('regular');
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  for (const [i, letter] of letters.entries()) {
    if (i > 0) doc.addPage();
    await drawLetter(doc, root, letter);
  }
  root.end();
  doc.end();
  return done;
}
