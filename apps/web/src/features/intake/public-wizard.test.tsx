import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderUi } from '../../../test/render.tsx';
import { PublicWizard } from './public-wizard.tsx';

// The public form's steps without sending (sending is the e2e journey's, intake.spec.ts).
describe('the public interest form', () => {
  it('stops on a missing answer: the summary gets the focus and its link goes to the field', async () => {
    const { user } = renderUi(<PublicWizard onDone={vi.fn()} />);
    expect(await screen.findByText('Steg 1 av 5')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Nästa' }));
    const summary = await screen.findByTestId('public-form-errors');
    expect(summary.textContent).toContain('Välj vem du anmäler.');
    await waitFor(() => expect(document.activeElement?.contains(summary)).toBe(true));
    await user.click(screen.getByRole('button', { name: /Välj vem du anmäler/ }));
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Jag anmäler mig själv' }));
  });

  it('for someone else asks who you are, has one more step, and focuses each step’s heading', async () => {
    const { user } = renderUi(<PublicWizard onDone={vi.fn()} />);
    await user.click(await screen.findByRole('radio', { name: 'Jag anmäler någon annan' }));
    await user.click(screen.getByRole('radio', { name: /^Anhörig/ }));
    await user.click(screen.getByRole('button', { name: 'Nästa' }));
    expect(await screen.findByText('Steg 2 av 6')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H2'));
    expect(screen.getByRole('textbox', { name: 'Ditt namn' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Tillbaka' }));
    expect(await screen.findByText('Steg 1 av 6')).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Jag anmäler någon annan' }) as HTMLInputElement).checked).toBe(
      true,
    );
  });
});
