import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/*
 * Reads the PDFs Lotsa makes, for the tests, with Mozilla's PDF.js (npm `pdfjs-dist`): no poppler or
 * other program needs to be installed (docs/decisions/0007-npm-only-test-dependencies.md).
 */

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;

async function open(pdf: Buffer): Promise<PdfDocument> {
  // PDF.js takes over the buffer it is given: hand it a copy. Fonts are not turned into glyph paths
  // (only read), and no worker thread: the tests read small files.
  return getDocument({
    data: new Uint8Array(pdf),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
}

async function eachPage<T>(
  pdf: Buffer,
  fn: (page: Awaited<ReturnType<PdfDocument['getPage']>>) => Promise<T>,
) {
  const doc = await open(pdf);
  try {
    const out: T[] = [];
    for (let i = 1; i <= doc.numPages; i++) out.push(await fn(await doc.getPage(i)));
    return out;
  } finally {
    await doc.destroy();
  }
}

/**
 * The text of every page, in reading order: the pieces on one line (the same baseline, within a
 * point) joined by a space, lines by a newline, pages by a form feed (as pdftotext does).
 */
export async function pdfText(pdf: Buffer): Promise<string> {
  const pages = await eachPage(pdf, async (page) => {
    const content = await page.getTextContent();
    const lines: Array<{ y: number; parts: Array<{ x: number; s: string }> }> = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const x = item.transform[4] as number;
      const y = item.transform[5] as number;
      let line = lines.find((l) => Math.abs(l.y - y) < 1);
      if (!line) {
        line = { y, parts: [] };
        lines.push(line);
      }
      line.parts.push({ x, s: item.str });
    }
    lines.sort((a, b) => b.y - a.y);
    return lines
      .map((l) =>
        l.parts
          .sort((a, b) => a.x - b.x)
          .map((p) => p.s)
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .join('\n');
  });
  return pages.join('\n\f');
}

/** How many images the pages draw (as `pdfimages -list` counts them, soft masks not counted). */
export async function pdfImageCount(pdf: Buffer): Promise<number> {
  const drawImage = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
  ]);
  const counts = await eachPage(pdf, async (page) => {
    const ops = await page.getOperatorList();
    return ops.fnArray.filter((fn) => drawImage.has(fn)).length;
  });
  return counts.reduce((a, b) => a + b, 0);
}

export interface PdfFont {
  /** The font's name as the file has it, e.g. `BAAAAA+AtkinsonHyperlegible-Regular`. */
  name: string;
  /** The font program is inside the file (not left to the reader's machine). */
  embedded: boolean;
}

/** The fonts the pages use (as `pdffonts` lists them). */
export async function pdfFonts(pdf: Buffer): Promise<PdfFont[]> {
  const seen = new Map<string, PdfFont>();
  await eachPage(pdf, async (page) => {
    const ops = await page.getOperatorList();
    for (let i = 0; i < ops.fnArray.length; i++) {
      if (ops.fnArray[i] !== OPS.setFont) continue;
      const ref = (ops.argsArray[i] as [string])[0];
      if (seen.has(ref)) continue;
      const font = page.commonObjs.get(ref) as { name?: string; missingFile?: boolean };
      seen.set(ref, { name: font.name ?? ref, embedded: font.missingFile === false });
    }
  });
  return [...seen.values()];
}

/** Whether the file is a tagged PDF (`/MarkInfo << /Marked true >>`; pdfinfo's "Tagged: yes"). */
export async function pdfIsTagged(pdf: Buffer): Promise<boolean> {
  const doc = await open(pdf);
  try {
    const info = (await doc.getMarkInfo()) as { Marked?: boolean } | null;
    return info?.Marked === true;
  } finally {
    await doc.destroy();
  }
}
