import type { Me } from '@lotsa/contracts';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ME_KEY } from '../src/app/query-client.ts';
import { cssVariablesResolver, theme } from '../src/app/theme.ts';
import { type SlotFill, SlotsProvider } from '../src/lib/slots.tsx';

/**
 * Renders a component as the app does: Mantine with the app's theme, a fresh query cache, the slots
 * filled with `fills`, inside a router at `path` (for links, params and the unsaved-changes blocker),
 * with `me` as the signed-in user.
 */
export function renderUi(
  ui: ReactNode,
  {
    path = '/',
    route = '/',
    fills = [],
    me,
  }: { path?: string; route?: string; fills?: readonly SlotFill[]; me?: Me } = {},
) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  // The signed-in user, as the shell would have it before any page is drawn.
  if (me) client.setQueryData(ME_KEY, me);
  const router = createMemoryRouter(
    [
      { path: route, element: ui },
      { path: '*', element: null },
    ],
    {
      initialEntries: [path],
    },
  );
  const user = userEvent.setup();
  const result = render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={client}>
        <SlotsProvider fills={fills}>
          <RouterProvider router={router} />
        </SlotsProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...result, user, router, client };
}
