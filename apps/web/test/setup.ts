// Component tests (the `web-components` Vitest project): happy-dom, the app's i18n (Swedish), and a
// clean document after each test. What happy-dom lacks and Mantine asks for is filled in here.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import '../src/app/i18n/index.ts';

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

afterEach(() => cleanup());

// Mantine's autosizing Textarea listens for web fonts loading; happy-dom has no `document.fonts`.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
}
