import type { FieldName } from './codes.ts';

/** A field's name in a message: its own name when it has one, else its path, else "the request". */
export function fieldLabel(names: Record<FieldName, string>, anyField: string, path: string): string {
  const last = (path.split('.').pop() ?? path) as FieldName;
  return Object.hasOwn(names, last) ? names[last] : path || anyField;
}
