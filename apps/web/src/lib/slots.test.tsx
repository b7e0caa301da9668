import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defineSlot, fill, type SlotPart, SlotsProvider, useSlot } from './slots.tsx';

type Part = SlotPart<{ who: string }>;
const slot = defineSlot<Part>('test.greetings');
const Hello = ({ who }: { who: string }) => <li>Hej {who}</li>;
const Bye = ({ who }: { who: string }) => <li>Hej då {who}</li>;
const Own = ({ who }: { who: string }) => <li>Egen {who}</li>;
const OWN: readonly Part[] = [{ id: 'own', order: 20, Component: Own }];

function Page() {
  const parts = useSlot(slot, OWN);
  return (
    <ul>
      {parts.map(({ id, Component }) => (
        <Component key={id} who="Anna" />
      ))}
    </ul>
  );
}

describe('slots', () => {
  it('draws the owner’s parts and the filled ones by order', () => {
    render(
      <SlotsProvider
        fills={[
          fill(slot, [{ id: 'bye', order: 30, Component: Bye }]),
          fill(slot, [{ id: 'hello', order: 10, Component: Hello }]),
        ]}
      >
        <Page />
      </SlotsProvider>,
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Hej Anna',
      'Egen Anna',
      'Hej då Anna',
    ]);
  });

  it('has only the owner’s parts when nothing fills the slot', () => {
    render(<Page />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Egen Anna']);
  });

  it('refuses two parts with one id', () => {
    expect(() =>
      render(
        <SlotsProvider fills={[fill(slot, [{ id: 'own', order: 1, Component: Hello }])]}>
          <Page />
        </SlotsProvider>,
      ),
    ).toThrow(/same id/);
  });
});
