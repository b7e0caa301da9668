import { useCallback, useState } from 'react';
import { fieldErrors } from '../../lib/api.ts';

/**
 * The server's field errors by their full path (`person.givenName`, `applicant`), minus those of
 * fields changed since. Unlike useFieldErrors, changing one field of `person` keeps the others' messages.
 */
export function usePathErrors(error: unknown) {
  const [cleared, setCleared] = useState<{ error: unknown; paths: ReadonlySet<string> }>({
    error,
    paths: new Set(),
  });
  const paths = cleared.error === error ? cleared.paths : new Set<string>();
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors(error))) {
    if (!paths.has(path)) errors[path] = message;
  }
  /** Clears the message of a path and of its parent object (a refine on `applicant` covers its fields). */
  const clear = useCallback(
    (path: string) =>
      setCleared((c) => {
        const current = c.error === error ? c.paths : new Set<string>();
        const next = new Set(current).add(path);
        const parent = path.split('.').slice(0, -1).join('.');
        if (parent) next.add(parent);
        return { error, paths: next };
      }),
    [error],
  );
  return { errors, clear };
}
