import type { HealthCheckTemplate, TemplateSection } from '@lotsa/contracts';
import { SMO_HEALTH_CHECK_V1 } from './templates/smo-health-check.v1.ts';

/**
 * The released protocol templates. A check stores its template's url and version and is always
 * shown with that version; new checks get the newest active one. Add a version, never edit one.
 */
export const TEMPLATES: readonly HealthCheckTemplate[] = [SMO_HEALTH_CHECK_V1];

export function currentTemplate(): HealthCheckTemplate {
  const active = TEMPLATES.filter((t) => t.status === 'active');
  return active.reduce((a, b) => (b.version > a.version ? b : a));
}

export function templateOf(url: string, version: number): HealthCheckTemplate {
  const found = TEMPLATES.find((t) => t.url === url && t.version === version);
  if (!found) throw new Error(`Health check template ${url}|${version} is not registered`);
  return found;
}

/** The sections a patient's check has: every general one, and the modules of the patient's diagnoses. */
export function applicableSections(template: HealthCheckTemplate, diagnoses: readonly string[]): string[] {
  const has = (prefix: string) => diagnoses.some((d) => d.startsWith(prefix));
  return template.item.filter((s) => !s.diagnoses || s.diagnoses.some(has)).map((s) => s.linkId);
}

export function sectionOf(template: HealthCheckTemplate, linkId: string): TemplateSection | undefined {
  return template.item.find((s) => s.linkId === linkId);
}
