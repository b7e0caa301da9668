import { RouterProvider } from 'react-router/dom';
import { SlotsProvider } from '../lib/slots.tsx';
import { extensions } from './extensions.ts';
import { Providers } from './providers.tsx';
import { createAppRouter } from './router.tsx';

// One router for the page's lifetime, created outside React (StrictMode would otherwise make two).
const router = createAppRouter();

export function App() {
  return (
    <Providers>
      <SlotsProvider fills={extensions}>
        <RouterProvider router={router} />
      </SlotsProvider>
    </Providers>
  );
}
