import type { Me } from '@lotsa/contracts';
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderUi } from '../../../test/render.tsx';
import { withRealServer } from '../../../test/server.ts';
import { SurveyResultsPage } from './results-page.tsx';

const server = withRealServer('chef');
/** The real server answers in its own time on a busy machine. */
const SERVER = { timeout: 15_000 };
let me: Me;

beforeAll(async () => {
  const chef = await server.app!.as('chef');
  me = (await chef.get('/api/auth/me')).body;
});

describe('the survey results', () => {
  it('shows the demo’s answers, per question as tables month by month, who answered and the comments', async () => {
    const { user } = renderUi(<SurveyResultsPage />, { route: '/enkater', path: '/enkater', me });
    expect(screen.getByRole('heading', { level: 1, name: 'Enkäter' })).toBeTruthy();
    const total = await screen.findByTestId('survey-total-responses', {}, SERVER);
    expect(Number(total.textContent)).toBeGreaterThan(50);
    expect(screen.getByRole('heading', { level: 2, name: 'Sammanfattning' })).toBeTruthy();

    await user.click(screen.getByText('Tabell', { exact: true }));
    const table = await screen.findByRole('table', { name: /Tillgänglighet: andel bra/ });
    expect(table.querySelectorAll('tbody tr')).toHaveLength(12);

    const who = screen.getByRole('region', { name: 'Vem svarade' });
    const rows = within(who).getAllByRole('rowheader');
    expect(rows.map((r) => r.textContent)).toContain('Patienten själv');
    const comments = screen.getByRole('region', { name: 'Kommentarer' });
    expect(within(comments).getAllByRole('listitem').length).toBeGreaterThan(3);

    // The CSV is of what is shown: the last twelve months, every visit type.
    const csv = screen.getByRole('link', { name: 'Ladda ner som CSV' }).getAttribute('href')!;
    const q = new URL(csv, 'http://localhost').searchParams;
    expect(q.get('from')! < q.get('to')!).toBe(true);
    expect(q.get('visitTypeCode')).toBeNull();
    expect(screen.getByRole('link', { name: 'Starta enkät på surfplatta' }).getAttribute('href')).toBe(
      '/enkat/kiosk',
    );
  });
});
