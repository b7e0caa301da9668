import type {
  CapabilityStatement,
  CapabilityStatementRestResource,
  Resource,
  ResourceType,
} from '@medplum/fhirtypes';
import type { FastifyRequest } from 'fastify';
import type { Scope } from '../../kernel/index.ts';
import type { ParsedSearch, SearchParamDef } from './fhir.search.rules.ts';

/** What a resource handler gets: who asks (the request scope) and the server's base address. */
export interface FhirContext {
  scope: Scope;
  /** The FHIR base, e.g. `https://lotsa.example/fhir/R4`: for fullUrl and paging links. */
  base: string;
  req: FastifyRequest;
}

export interface SearchResult<R extends Resource = Resource> {
  resources: R[];
  total: number;
}

/**
 * One resource type the server answers, and exactly the interactions it implements: the routes and
 * the CapabilityStatement are both generated from these, so neither can list what the other lacks.
 */
export interface ResourceHandler<R extends Resource = Resource> {
  type: ResourceType;
  documentation: string;
  read?: (ctx: FhirContext, id: string) => Promise<R>;
  search?: {
    params: readonly SearchParamDef[];
    run: (ctx: FhirContext, search: ParsedSearch) => Promise<SearchResult<R>>;
  };
  /** POST /<type>: the created resource (answered 201 with its Location). */
  create?: (ctx: FhirContext, body: unknown) => Promise<R>;
  /** PUT /<type>/<id>. */
  update?: (ctx: FhirContext, id: string, body: unknown) => Promise<R>;
  /** Type-level operations, GET /<type>/$<name> with search-style parameters. */
  operations?: ReadonlyArray<{
    name: string;
    documentation: string;
    params: readonly SearchParamDef[];
    run: (ctx: FhirContext, search: ParsedSearch) => Promise<Resource>;
  }>;
}

/** The standard parameters every search answers besides the resource's own. */
export const COMMON_PARAMS: readonly SearchParamDef[] = [
  { name: '_id', type: 'token', documentation: 'The resource id (comma-separated for several).' },
];

export const LAST_UPDATED: SearchParamDef = {
  name: '_lastUpdated',
  type: 'date',
  documentation: 'When the resource last changed (prefixes ge, le …).',
};

export const RESULT_PARAMS: readonly SearchParamDef[] = [
  { name: '_count', type: 'number', documentation: 'Page size (default 20, at most 1000).' },
  { name: '_offset', type: 'number', documentation: 'Where the page starts (the paging links set it).' },
  { name: '_summary', type: 'token', documentation: 'count: only the total, no resources.' },
];

export function searchParamsOf(h: ResourceHandler): readonly SearchParamDef[] {
  return h.search ? [...COMMON_PARAMS, ...h.search.params] : [];
}

/** The CapabilityStatement: every resource handler with its interactions and search parameters. */
export function capabilityStatement(
  handlers: readonly ResourceHandler[],
  base: string,
  opts: { date: string; version: string },
): CapabilityStatement {
  const resource: CapabilityStatementRestResource[] = handlers.map((h) => ({
    type: h.type,
    documentation: h.documentation,
    interaction: [
      ...(h.read ? [{ code: 'read' as const }] : []),
      ...(h.search ? [{ code: 'search-type' as const }] : []),
      ...(h.create ? [{ code: 'create' as const }] : []),
      ...(h.update ? [{ code: 'update' as const }] : []),
    ],
    ...(h.read ? { versioning: 'no-version' as const, readHistory: false, updateCreate: false } : {}),
    ...(h.search
      ? {
          searchParam: [...searchParamsOf(h), ...RESULT_PARAMS].map((p) => ({
            name: p.name,
            type: p.type,
            ...(p.documentation ? { documentation: p.documentation } : {}),
          })),
        }
      : {}),
    ...(h.operations
      ? {
          operation: h.operations.map((o) => ({
            name: o.name,
            definition: `https://lotsa.se/fhir/OperationDefinition/${h.type}-${o.name}`,
            documentation: o.documentation,
          })),
        }
      : {}),
  }));
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: opts.date,
    publisher: 'Lotsa',
    kind: 'instance',
    software: { name: 'Lotsa', version: opts.version },
    implementation: { description: 'Lotsa FHIR R4 API', url: base },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        documentation:
          'Signed in with a Lotsa session (cookie). Every read of patient data is logged in the audit log.',
        security: {
          cors: false,
          description: 'Lotsa session cookie; state-changing requests need x-csrf-token.',
        },
        resource,
        operation: [
          {
            name: 'export',
            definition: 'http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export',
            documentation:
              'FHIR Bulk Data: GET $export (or Patient/$export) with Prefer: respond-async, _type, _since; poll $export-status/<id>; NDJSON files per type.',
          },
        ],
      },
    ],
  };
}
