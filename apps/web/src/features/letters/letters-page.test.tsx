import type { Me } from '@lotsa/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderUi } from '../../../test/render.tsx';
import { withRealServer } from '../../../test/server.ts';
import { LettersPage } from './letters-page.tsx';

const server = withRealServer('sjukskoterska');
/** The real server answers in its own time on a busy machine; each letter and the PDF take a while. */
const SERVER = { timeout: 45_000 };
let me: Me;

// The page's own session (its CSRF token goes with the PDF request), through the patched fetch.
beforeAll(async () => {
  expect(server.app).toBeTruthy();
  me = await (await fetch('/api/auth/me')).json();
});

const renderLetters = () => renderUi(<LettersPage />, { route: '/kallelser', path: '/kallelser', me });
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('the letters page', () => {
  it('opens on the next open day with its visits; a day without visits has nothing to print', async () => {
    renderLetters();
    expect(screen.getByRole('heading', { level: 1, name: 'Kallelser' })).toBeTruthy();
    expect(screen.getByText('Nästa dag som enheten har öppet.')).toBeTruthy();
    const visits = await screen.findByRole('table', { name: 'Dagens besök' }, SERVER);
    const rows = bodyRows(visits);
    expect(rows.length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { level: 2, name: `Besök (${rows.length})` })).toBeTruthy();
    // Each visit is named by its time.
    expect(within(rows[0]!).getByRole('rowheader').textContent).toMatch(/^\d{2}:\d{2}$/);
    const date = screen.getByLabelText('Besöksdag') as HTMLInputElement;
    expect(date.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((screen.getByRole('button', { name: 'Skriv ut alla' }) as HTMLButtonElement).disabled).toBe(false);

    // A day long past: no visits, no letters, and "Skriv ut alla" cannot be pressed.
    fireEvent.change(date, { target: { value: '2001-01-01' } });
    expect(await screen.findByText('Inga bokade besök den dagen.', {}, SERVER)).toBeTruthy();
    expect(screen.getByText('Inga kallelser har skapats för dagens besök ännu.')).toBeTruthy();
    expect(screen.queryByText('Nästa dag som enheten har öppet.')).toBeNull();
    expect((screen.getByRole('button', { name: 'Skriv ut alla' }) as HTMLButtonElement).disabled).toBe(true);
  }, 90_000);

  it('"Skriv ut alla" makes every letter with progress, offers one PDF and logs them as they are', async () => {
    const { user } = renderLetters();
    const visits = await screen.findByRole('table', { name: 'Dagens besök' }, SERVER);
    const count = bodyRows(visits).length;
    await user.click(screen.getByRole('button', { name: 'Skriv ut alla' }));
    const progress = await screen.findByTestId('bulk-progress');
    expect(within(progress).getByRole('progressbar')).toBeTruthy();
    expect(await within(progress).findByText(/^Klart: \d+ kallelser i en PDF\.$/, {}, SERVER)).toBeTruthy();
    const download = within(progress).getByRole('link', { name: 'Ladda ner PDF' });
    expect(download.getAttribute('download')).toBe(
      `kallelser-${(screen.getByLabelText('Besöksdag') as HTMLInputElement).value}.pdf`,
    );

    const log = await screen.findByRole('table', { name: 'Logg över kallelser' }, SERVER);
    const logged = bodyRows(log);
    expect(logged.length).toBeGreaterThanOrEqual(count);
    expect(within(log).getByRole('columnheader', { name: 'Besöket nu' })).toBeTruthy();
    for (const row of logged) expect(within(row).getByText('Som i kallelsen')).toBeTruthy();
  }, 120_000);
});
