import {
  type AdaptationProfile,
  adaptationCode,
  type EndpointBody,
  endpoints,
  type Feature,
  type PassportLevel,
} from '@lotsa/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { call } from '../../lib/api.ts';

const e = endpoints.adaptations;
export type AdaptationProfileInput = EndpointBody<typeof e.saveAdaptations>;
export type SavedItem = AdaptationProfile['items'][number];

export const adaptationKeys = { one: (id: string) => ['adaptations', id] as const };

export function useAdaptations(patientId: string) {
  return useQuery({
    queryKey: adaptationKeys.one(patientId),
    queryFn: ({ signal }) => call(e.getAdaptations, { params: { id: patientId }, signal }),
  });
}

export function useSaveAdaptations(patientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AdaptationProfileInput) =>
      call(e.saveAdaptations, { params: { id: patientId }, body }),
    onSuccess: (profile) => client.setQueryData(adaptationKeys.one(patientId), profile),
  });
}

/** The code's name in the UI language (falls back to the code itself). */
export function codeName(code: string, language: string): string {
  const c = adaptationCode(code);
  if (!c) return code;
  return language.startsWith('en') ? c.en : c.sv;
}

export function codeLevel(code: string): PassportLevel {
  return adaptationCode(code)?.level ?? 'amber';
}

/** The item's parameters in words: "60 min", "09:00–11:00", "Personlig assistent". */
export function paramWords(item: SavedItem, t: TFunction): string[] {
  const p = item.params;
  const out: string[] = [];
  if (p.minutes) out.push(t('adaptations.minutes', { minutes: p.minutes }));
  if (p.language) out.push(p.language);
  if (p.timeFrom && p.timeTo) out.push(`${p.timeFrom}–${p.timeTo}`);
  if (p.who) out.push(t(`adaptations.companions.${p.who}`));
  if (p.wheelchairType) out.push(t(`adaptations.wheelchairTypes.${p.wheelchairType}`));
  return out;
}

/** The derived booking requirements in words, shortest first-class words for the banner. */
export function requirementWords(r: AdaptationProfile['requirements'], t: TFunction): string[] {
  const out: string[] = r.roomFeatures.map((f) => t(`features.${f as Feature}`));
  if (r.minDurationMinutes) out.push(t('adaptations.minutes', { minutes: r.minDurationMinutes }));
  if (r.timeWindow) out.push(`${r.timeWindow.from}–${r.timeWindow.to}`);
  if (r.companion.required) out.push(t('adaptations.companion'));
  if (r.interpreter) out.push(t('adaptations.interpreter', { language: r.interpreter.language }));
  if (r.signInterpreter) out.push(t('adaptations.signInterpreter'));
  return out;
}
