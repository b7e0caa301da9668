import { type CreatedLetter, endpoints, LETTER_PATHS } from '@lotsa/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import { ApiError, call, fillPath } from '../../lib/api.ts';

const e = endpoints.letters;

export const letterKeys = {
  day: (date: string | null) => ['letters', 'day', date ?? 'next-open-day'] as const,
  booking: (bookingId: string) => ['letters', 'booking', bookingId] as const,
  public: (token: string) => ['letters', 'public', token] as const,
  photo: (kind: string, id: string) => ['letters', 'photo', kind, id] as const,
};

/** A day's visits and letters; `null`: the next day the unit is open. */
export function useLetterDay(date: string | null) {
  return useQuery({
    queryKey: letterKeys.day(date),
    queryFn: ({ signal }) => call(e.letterDay, { query: date ? { date } : {}, signal }),
  });
}

/** The letters of a booking (and of the bookings it was moved from), each with `change`. */
export function useBookingLetters(bookingId: string) {
  return useQuery({
    queryKey: letterKeys.booking(bookingId),
    queryFn: ({ signal }) => call(e.listBookingLetters, { params: { id: bookingId }, signal }),
  });
}

/** One letter as it was sent (staff view). */
export function useLetter(id: string | null) {
  return useQuery({
    queryKey: ['letters', 'one', id] as const,
    queryFn: ({ signal }) => call(e.getLetter, { params: { id: id! }, signal }),
    enabled: id !== null,
  });
}

export function usePublicLetter(token: string) {
  return useQuery({
    queryKey: letterKeys.public(token),
    queryFn: ({ signal }) => call(e.publicLetter, { params: { token }, signal }),
    retry: false,
  });
}

export function useCreateLetters() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { bookingId: string; batchId?: string }) =>
      call(e.createLetters, { params: { id: v.bookingId }, body: { batchId: v.batchId } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['letters'] }),
  });
}

export function useMarkSent() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; via: 'print' | 'link' }) =>
      call(e.markSent, { params: { id: v.id }, body: { via: v.via } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['letters'] }),
  });
}

/** The secret token at the end of a letter's web link. */
export const tokenOf = (l: Pick<CreatedLetter, 'webUrl'>) => l.webUrl.split('/').pop() ?? '';

/** Binary requests (PDFs, picture uploads): same cookie, language and CSRF token as `call`. */
async function binary(path: string, init: { method: string; body?: BodyInit; type?: string; csrf: string }) {
  const res = await fetch(path, {
    method: init.method,
    credentials: 'same-origin',
    headers: {
      'Accept-Language': i18next.language || 'sv',
      ...(init.method !== 'GET' ? { 'x-csrf-token': init.csrf } : {}),
      ...(init.type ? { 'Content-Type': init.type } : {}),
    },
    body: init.body,
  });
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    throw new ApiError(
      body?.detail
        ? body
        : {
            type: 'about:blank',
            title: '',
            status: res.status,
            detail: i18next.t('errors.unexpected', { status: res.status }),
            code: 'unexpected',
          },
      body,
    );
  }
  return res;
}

/** One PDF of the given letters (with their tokens, so the QR codes match the links shown). */
export async function fetchLettersPdf(
  letters: Array<{ id: string; token?: string }>,
  csrf: string,
): Promise<Blob> {
  const res = await binary(LETTER_PATHS.batchPdf, {
    method: 'POST',
    body: JSON.stringify({ letters }),
    type: 'application/json',
    csrf,
  });
  return res.blob();
}

export function openBlob(blob: Blob) {
  const url = URL.createObjectURL(blob);
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export type PictureKind = 'staff' | 'unit_entrance';
const picturePath = (kind: PictureKind, id: string) =>
  fillPath(kind === 'staff' ? LETTER_PATHS.staffPhoto : LETTER_PATHS.unitEntrance, { id });

export function usePictureInfo(kind: PictureKind, id: string) {
  return useQuery({
    queryKey: letterKeys.photo(kind, id),
    queryFn: ({ signal }) =>
      kind === 'staff'
        ? call(e.staffPhotoInfo, { params: { id }, signal })
        : call(e.unitEntranceInfo, { params: { id }, signal }),
  });
}

export function useUploadPicture(kind: PictureKind, id: string, csrf: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) =>
      binary(picturePath(kind, id), {
        method: 'PUT',
        body: file,
        type: file.type || 'application/octet-stream',
        csrf,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: letterKeys.photo(kind, id) }),
  });
}

export function useRemovePicture(kind: PictureKind, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () =>
      kind === 'staff'
        ? call(e.deleteStaffPhoto, { params: { id } })
        : call(e.deleteUnitEntrance, { params: { id } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: letterKeys.photo(kind, id) }),
  });
}

export const pictureUrl = (kind: PictureKind, id: string, version?: string) =>
  `${picturePath(kind, id)}${version ? `?v=${encodeURIComponent(version)}` : ''}`;

export const pictogramUrl = (code: string) => `/api/public/pictograms/${encodeURIComponent(code)}.svg`;
