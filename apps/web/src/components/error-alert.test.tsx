import { act, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { renderUi } from '../../test/render.tsx';
import { ApiError } from '../lib/api.ts';
import { ErrorAlert } from './error-alert.tsx';

const problem = (p: Partial<ConstructorParameters<typeof ApiError>[0]>) =>
  new ApiError({ type: 'about:blank', title: 'Förfrågan nekades', status: 400, detail: '', code: 'x', ...p });

describe('ErrorAlert', () => {
  afterEach(() => act(() => i18next.changeLanguage('sv')));

  it('renders the server’s code and params from the catalogues, in the UI language, following a switch', async () => {
    renderUi(
      <ErrorAlert error={problem({ code: 'no_such_route', params: { method: 'GET', path: '/api/x' } })} />,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('Det finns ingen GET /api/x.');
    await act(() => i18next.changeLanguage('en'));
    expect(screen.getByRole('alert').textContent).toContain('There is no GET /api/x.');
  });

  it('shows the server’s own text for a code this build does not know', async () => {
    renderUi(<ErrorAlert error={problem({ code: 'from_a_newer_server', detail: 'Servern säger nej.' })} />);
    expect((await screen.findByRole('alert')).textContent).toContain('Servern säger nej.');
  });

  it('lists field errors by their codes, and a validation answer reads as its fields', async () => {
    const invalid = problem({
      code: 'validation',
      detail: 'ignored',
      errors: [
        { path: 'givenName', message: 'ignored', code: 'required', params: { field: 'givenName' } },
        { path: 'familyName', message: 'Efternamnet är för långt.' },
      ],
    });
    expect(invalid.message).toBe('Förnamn måste fyllas i. Efternamnet är för långt.');
    renderUi(<ErrorAlert error={invalid} showFieldErrors />);
    expect(await screen.findByText('Förnamn måste fyllas i.')).toBeTruthy();
    expect(screen.getByText('Efternamnet är för långt.')).toBeTruthy();
  });
});
