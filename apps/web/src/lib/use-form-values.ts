import { type ChangeEvent, useCallback, useRef, useState } from 'react';
import { fieldErrors } from './api.ts';

/**
 * Plain form state without a form library: the values, a setter per field and input bindings
 * for text inputs and checkboxes. `onFieldChange` hears every change (to clear that field's error).
 */
export function useFormValues<T extends Record<string, unknown>>(
  initial: T | (() => T),
  onFieldChange?: (key: string) => void,
) {
  const [values, setValues] = useState<T>(initial);
  const listener = useRef(onFieldChange);
  listener.current = onFieldChange;

  const setField = useCallback(<K extends keyof T>(key: K, value: T[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    listener.current?.(String(key));
  }, []);

  /** `value` and `onChange` for a TextInput, Textarea, PasswordInput or NativeSelect bound to a string field. */
  const textProps = <K extends keyof T>(key: K) => ({
    value: values[key] as string,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setField(key, e.currentTarget.value as T[K]),
  });

  /** `checked` and `onChange` for a Checkbox or Switch bound to a boolean field. */
  const checkboxProps = <K extends keyof T>(key: K) => ({
    checked: values[key] as boolean,
    onChange: (e: ChangeEvent<HTMLInputElement>) => setField(key, e.currentTarget.checked as T[K]),
  });

  return { values, setValues, setField, textProps, checkboxProps };
}

/**
 * The server's field errors of the last answer, minus those of fields changed since: a corrected
 * field stops showing its old message. A new error answer shows all of its messages again.
 */
export function useFieldErrors(error: unknown) {
  const [cleared, setCleared] = useState<{ error: unknown; keys: ReadonlySet<string> }>({
    error,
    keys: new Set(),
  });
  const keys = cleared.error === error ? cleared.keys : new Set<string>();
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors(error))) {
    if (!keys.has(path.split('.')[0] ?? path)) errors[path] = message;
  }
  const clear = useCallback(
    (key: string) =>
      setCleared((c) => {
        const current = c.error === error ? c.keys : new Set<string>();
        return current.has(key) ? c : { error, keys: new Set(current).add(key) };
      }),
    [error],
  );
  return { errors, clear };
}

/** The fields whose value differs from the initial one (arrays compared by content). */
export function changedFields<T extends Record<string, unknown>>(initial: T, current: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(current) as Array<keyof T>) {
    const a = initial[key];
    const b = current[key];
    const same =
      Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;
    if (!same) out[key] = b;
  }
  return out;
}
