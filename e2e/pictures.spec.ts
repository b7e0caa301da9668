import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signIn } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** A real PNG photo-like picture, drawn by the browser itself (a canvas), as a camera file would be. */
async function drawnPng(page: Page, width: number, height: number): Promise<Buffer> {
  // A string, as the other specs do: this runs in the page, where the DOM exists.
  const b64 = (await page.evaluate(`(() => {
    const c = document.createElement('canvas');
    c.width = ${width};
    c.height = ${height};
    const g = c.getContext('2d');
    g.fillStyle = '#6a8caf';
    g.fillRect(0, 0, ${width}, ${height});
    g.fillStyle = '#c08040';
    g.fillRect(${width / 3}, ${height / 3}, ${width / 3}, ${(2 * height) / 3});
    return c.toDataURL('image/png').split(',')[1];
  })()`)) as string;
  return Buffer.from(b64, 'base64');
}

/** The region admin, on Administration → Enheter, opens the entrance picture dialog of Kumla's unit. */
async function openEntranceDialog() {
  const { context, page } = await newPage(browser);
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Administration' }).first().click();
  await page.getByRole('tab', { name: 'Enheter' }).click();
  const table = page.getByTestId('units-table');
  const unit = (await table
    .getByRole('rowheader')
    .filter({ hasText: 'Kumla' })
    .first()
    .textContent())!.trim();
  await table.getByRole('button', { name: `Bild på ingången: ${unit}` }).click();
  return { context, page, unit, dialog: page.getByRole('dialog', { name: `Bild på ingången: ${unit}` }) };
}

describe('pictures for the letters', () => {
  it('the region admin replaces a unit’s entrance picture, sees it whole, and removes it after confirming', async () => {
    const { context, page, unit, dialog } = await openEntranceDialog();
    await dialog.getByText(/Det finns en bild|Ingen bild ännu/).waitFor();
    await expectAccessible(page, 'the entrance picture dialog');

    const upload = async (width: number, height: number) => {
      const png = await drawnPng(page, width, height);
      const chooser = page.waitForEvent('filechooser');
      await dialog.getByRole('button', { name: 'Ladda upp bild' }).click();
      await (await chooser).setFiles({ name: 'ingang.png', mimeType: 'image/png', buffer: png });
    };
    const shownSize = () =>
      dialog
        .getByRole('img', { name: `Ingången till ${unit}` })
        .evaluate(
          // In the page: the picture's own size, once decoded.
          (el: { decode(): Promise<void>; naturalWidth: number; naturalHeight: number }) =>
            el.decode().then(
              () => `${el.naturalWidth}×${el.naturalHeight}`,
              () => `${el.naturalWidth}×${el.naturalHeight}`,
            ),
        )
        .catch(() => 'none');

    // A 3:2 photo keeps its shape within 400 × 400 (the server re-encodes it), and is shown whole.
    await upload(1200, 800);
    await expect.poll(shownSize, { timeout: 15_000 }).toBe('400×267');
    await dialog.getByText('Det finns en bild.').waitFor();
    await expectAccessible(page, 'the entrance picture dialog with a picture');

    // Removing asks first; "Avbryt" keeps the picture.
    await dialog.getByRole('button', { name: 'Ta bort bilden' }).click();
    await page
      .getByRole('dialog', { name: 'Ta bort bilden?' })
      .getByRole('button', { name: 'Avbryt' })
      .click();
    expect(await shownSize()).toBe('400×267');
    await dialog.getByRole('button', { name: 'Ta bort bilden' }).click();
    const confirm = page.getByRole('dialog', { name: 'Ta bort bilden?' });
    await expectAccessible(page, 'the remove-picture confirmation');
    await confirm.getByRole('button', { name: 'Ta bort', exact: true }).click();
    await dialog.getByText('Ingen bild ännu').waitFor();

    // Leave the unit with an entrance picture again (a tall one: 400 high).
    await upload(600, 900);
    await expect.poll(shownSize, { timeout: 15_000 }).toBe('267×400');
    await context.close();
  });

  it('refuses a file that is not a picture and says why, keeping the picture there was', async () => {
    const { context, page, dialog } = await openEntranceDialog();
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Ladda upp bild' }).click();
    await (await chooser).setFiles({
      name: 'inte-en-bild.png',
      mimeType: 'image/png',
      buffer: Buffer.from('detta är text, ingen bild'),
    });
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByRole('alert').textContent()).toMatch(/inte en bild som går att använda/);
    // The picture from before is still there.
    await dialog.getByText('Det finns en bild.').waitFor();
    await context.close();
  });
});
