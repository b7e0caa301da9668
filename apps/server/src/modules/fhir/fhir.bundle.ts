import type { Bundle, BundleLink, Resource } from '@medplum/fhirtypes';
import type { ParsedSearch } from './fhir.search.rules.ts';

function searchUrl(base: string, type: string, kept: ParsedSearch['kept'], count: number, offset: number) {
  const q = new URLSearchParams(kept);
  q.set('_count', String(count));
  if (offset > 0) q.set('_offset', String(offset));
  return `${base}/${type}?${q.toString()}`;
}

/**
 * A searchset Bundle with its total and the self, first, previous and next links (offset paging; the
 * links keep every parameter the client sent). `_summary=count` gives the total alone.
 */
export function searchsetBundle(
  base: string,
  type: string,
  search: ParsedSearch,
  resources: Resource[],
  total: number,
): Bundle {
  const { count, offset } = search;
  if (search.summaryCount) return { resourceType: 'Bundle', type: 'searchset', total };
  const link: BundleLink[] = [
    { relation: 'self', url: searchUrl(base, type, search.kept, count, offset) },
    { relation: 'first', url: searchUrl(base, type, search.kept, count, 0) },
  ];
  if (offset > 0 && count > 0)
    link.push({
      relation: 'previous',
      url: searchUrl(base, type, search.kept, count, Math.max(0, offset - count)),
    });
  if (count > 0 && offset + count < total)
    link.push({ relation: 'next', url: searchUrl(base, type, search.kept, count, offset + count) });
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total,
    link,
    ...(resources.length > 0
      ? {
          entry: resources.map((r) => ({
            fullUrl: `${base}/${r.resourceType}/${r.id}`,
            resource: r,
            search: { mode: 'match' as const },
          })),
        }
      : {}),
  };
}
