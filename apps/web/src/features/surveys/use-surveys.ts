import {
  endpoints,
  KIOSK_KEY_HEADER,
  type KioskAnswer,
  type KioskInfo,
  type Problem,
  SURVEY_RESULTS_CSV_PATH,
  type SurveyAnswer,
  type SurveyResultsQuery,
} from '@lotsa/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { ApiError, buildQuery, call } from '../../lib/api.ts';

const e = endpoints.surveys;

/** The form behind a link; a refusal (answered, expired, unknown) is an ApiError with its code. */
export function usePublicSurvey(token: string) {
  return useQuery({
    queryKey: ['surveys', 'public', token],
    queryFn: ({ signal }) => call(e.getPublicSurvey, { params: { token }, signal }),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useAnswerSurvey(token: string) {
  return useMutation({
    mutationFn: (body: SurveyAnswer) => call(e.answerPublicSurvey, { params: { token }, body }),
  });
}

export function useSurveyResults(query: SurveyResultsQuery) {
  return useQuery({
    queryKey: ['surveys', 'results', query],
    queryFn: ({ signal }) => call(e.getResults, { query, signal }),
  });
}

export const resultsCsvUrl = (query: SurveyResultsQuery) =>
  SURVEY_RESULTS_CSV_PATH + buildQuery(query as Record<string, unknown>);

export function useCreateInvitations() {
  return useMutation({
    mutationFn: (bookingId: string) => call(e.createInvitations, { params: { id: bookingId } }),
  });
}

export function useStartKiosk() {
  return useMutation({ mutationFn: () => call(e.startKiosk) });
}

// --- The kiosk's own calls: its key goes in a header, never in the address, and no session is used.

const KEY_STORAGE = 'lotsa.surveyKiosk';

export function storedKioskKey(): string | null {
  try {
    return window.sessionStorage.getItem(KEY_STORAGE);
  } catch {
    return null;
  }
}

export function storeKioskKey(key: string | null): void {
  try {
    if (key) window.sessionStorage.setItem(KEY_STORAGE, key);
    else window.sessionStorage.removeItem(KEY_STORAGE);
  } catch {
    // private mode: the kiosk lasts for this page only
  }
}

async function kioskCall<T>(method: 'GET' | 'POST', path: string, key: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'omit',
      headers: {
        Accept: 'application/json, application/problem+json',
        'Accept-Language': i18next.language || 'sv',
        [KIOSK_KEY_HEADER]: key,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({
      type: 'about:blank',
      title: i18next.t('errors.title'),
      status: 0,
      detail: i18next.t('errors.network'),
      code: 'network',
    });
  }
  const json = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const p = (json ?? {}) as Partial<Problem>;
    throw new ApiError({
      type: p.type ?? 'about:blank',
      title: p.title ?? i18next.t('errors.title'),
      status: res.status,
      detail: p.detail ?? i18next.t('errors.unexpected', { status: res.status }),
      code: p.code ?? 'unexpected',
      ...(p.params ? { params: p.params } : {}),
      ...(p.errors ? { errors: p.errors } : {}),
    });
  }
  return json as T;
}

export function useKioskInfo(key: string | null) {
  return useQuery({
    queryKey: ['surveys', 'kiosk', key],
    queryFn: () => kioskCall<KioskInfo>('GET', e.getKiosk.path, key ?? ''),
    enabled: !!key,
    retry: false,
    staleTime: 5 * 60_000,
  });
}

export function useAnswerKiosk(key: string) {
  return useMutation({
    mutationFn: (body: KioskAnswer) => kioskCall<{ received: true }>('POST', e.answerKiosk.path, key, body),
  });
}

export const endKiosk = (key: string) => kioskCall<{ ok: true }>('POST', e.endKiosk.path, key);
