import { useMatches } from '@mantine/core';

/**
 * True from Mantine's `md` breakpoint up: the header has room for the unit, language, name and
 * sign-out. Below it these move into the navbar (a drawer on phones).
 */
export function useIsWide(): boolean {
  return useMatches({ base: false, md: true }, { getInitialValueInEffect: false });
}
