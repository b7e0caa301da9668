import { renderAnyMessage } from '@lotsa/contracts';

/** A catalogue message from a response (code + params) in the UI language; the code if this build does not know it. */
export function sayMessage(m: { code: string; params: Record<string, unknown> }, lang: string): string {
  return renderAnyMessage(lang, m.code, m.params) ?? m.code;
}
