import type { Me } from '@lotsa/contracts';
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderUi } from '../../../test/render.tsx';
import { withRealServer } from '../../../test/server.ts';
import { RecallPage } from './recall-page.tsx';

const server = withRealServer('sjukskoterska');
/** The real server answers in its own time on a busy machine; a booking run takes a search each. */
const SERVER = { timeout: 20_000 };
let me: Me;

beforeAll(async () => {
  const nurse = await server.app!.as('sjukskoterska');
  me = (await nurse.get('/api/auth/me')).body;
});

const renderRecall = () => renderUi(<RecallPage />, { route: '/aterkallelse', path: '/aterkallelse', me });
const table = () => screen.findByRole('table', { name: 'Patienter att kalla till hälsokontroll' }, SERVER);

describe('the recall list', () => {
  it('lists who is due with status and a proposed time; ticking counts on "Boka valda"', async () => {
    const { user } = renderRecall();
    expect(screen.getByRole('heading', { level: 1, name: 'Återkallelse' })).toBeTruthy();
    const recall = await table();
    expect(within(recall).getAllByText(/Försenad|Dags snart/).length).toBeGreaterThan(0);
    expect((await within(recall).findAllByTestId('recall-proposal', {}, SERVER))[0]?.textContent).toMatch(
      /^Förslag: .+\d/,
    );
    const bookSelected = screen.getByRole('button', { name: 'Boka valda (0)' }) as HTMLButtonElement;
    expect(bookSelected.disabled).toBe(true);

    const boxes = within(recall).getAllByRole('checkbox', { name: /^Välj (?!alla)/ });
    expect(boxes.length).toBeGreaterThan(1);
    await user.click(boxes[0]!);
    expect(screen.getByRole('button', { name: 'Boka valda (1)' })).toBeTruthy();
    // "Välj alla" ticks every row without a time, and unticks them again.
    await user.click(within(recall).getByRole('checkbox', { name: 'Välj alla som inte har en tid' }));
    expect(screen.getByRole('button', { name: `Boka valda (${boxes.length})` })).toBeTruthy();
    await user.click(within(recall).getByRole('checkbox', { name: 'Välj alla som inte har en tid' }));
    expect(screen.getByRole('button', { name: 'Boka valda (0)' })).toBeTruthy();
    // Each bookable row links to its own booking page.
    const first = within(recall).getAllByRole('link', { name: /^Boka hälsokontroll – / })[0]!;
    expect(first.getAttribute('href')).toMatch(/^\/patienter\/[^/]+\/boka$/);
  });

  it('books the ticked patient at the best time: progress, the time in the row, no tick box left', async () => {
    const { user } = renderRecall();
    const recall = await table();
    const box = within(recall).getAllByRole('checkbox', { name: /^Välj (?!alla)/ })[0]!;
    const name = box.getAttribute('aria-label')!.replace(/^Välj /, '');
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Boka valda (1)' }));

    expect(await screen.findByText('Klart: 1 av 1 bokade.', {}, SERVER)).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Bokade hälsokontroller' })).toBeTruthy();
    const row = within(await table())
      .getAllByTestId('recall-row')
      .find((r) => within(r).queryByRole('link', { name }) !== null)!;
    expect(within(row).queryByRole('checkbox', { name: `Välj ${name}` })).toBeNull();
    expect(within(row).queryByRole('link', { name: `Boka hälsokontroll – ${name}` })).toBeNull();
    // The booked time, in words with a clock time.
    expect(within(row).getByText(/\d{1,2}[.:]\d{2}/)).toBeTruthy();
  });
});
