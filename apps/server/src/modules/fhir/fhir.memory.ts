import type { Identifier, Resource } from '@medplum/fhirtypes';
import type { FhirContext, ResourceHandler } from './fhir.registry.ts';
import { type ParsedSearch, parseToken, type SearchParamDef } from './fhir.search.rules.ts';

/** A search parameter answered in memory: does the resource match one value of it? */
export interface MemoryParam<R> extends SearchParamDef {
  match: (r: R, value: string) => boolean;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** FHIR string search: some word of the text starts with the value (case and accents ignored). */
export function startsWord(texts: ReadonlyArray<string | undefined>, value: string): boolean {
  const v = fold(value.trim());
  return texts.some(
    (t) =>
      t !== undefined &&
      (fold(t).startsWith(v) ||
        fold(t)
          .split(/[\s,-]+/)
          .some((w) => w.startsWith(v))),
  );
}

/** A token against identifiers: `system|value`, `|value` (no system) or `value` (any system). */
export function identifierMatches(ids: readonly Identifier[] | undefined, value: string): boolean {
  const t = parseToken(value);
  return (ids ?? []).some(
    (i) =>
      i.value === t.code && (t.anySystem || (t.system === undefined ? !i.system : i.system === t.system)),
  );
}

/** A reference search value (`Type/id`, or a bare id) against a reference. */
export function referenceMatches(reference: string | undefined, type: string, value: string): boolean {
  if (!reference) return false;
  const id = value.startsWith(`${type}/`) ? value.slice(type.length + 1) : value.includes('/') ? null : value;
  return id !== null && reference === `${type}/${id}`;
}

export const idParam = <R extends Resource>(): MemoryParam<R> => ({
  name: '_id',
  type: 'token',
  match: (r, v) => r.id === v,
});

/**
 * A search over a small list the handler loads whole (the organisation's units, staff, rooms: tens to
 * hundreds per region, none of it patient data): every parameter filters, then a page is cut.
 */
export function memorySearch<R extends Resource>(
  params: ReadonlyArray<MemoryParam<R>>,
  list: (ctx: FhirContext) => Promise<R[]>,
): NonNullable<ResourceHandler<R>['search']> {
  const byName = new Map(params.map((p) => [p.name, p]));
  return {
    params: params.filter((p) => p.name !== '_id'),
    run: async (ctx: FhirContext, s: ParsedSearch) => {
      const all = await list(ctx);
      const hits = all.filter((r) =>
        [...s.params].every(([name, uses]) => {
          const p = byName.get(name) ?? (name === '_id' ? idParam<R>() : undefined);
          return p ? uses.every((u) => u.values.some((v) => p.match(r, v))) : false;
        }),
      );
      return {
        resources: s.summaryCount ? [] : hits.slice(s.offset, s.offset + s.count),
        total: hits.length,
      };
    },
  };
}
