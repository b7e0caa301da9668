import {
  endpoints,
  FOLLOW_UP_CSV_PATH,
  FOLLOW_UP_REGION_XLSX_PATH,
  FOLLOW_UP_XLSX_PATH,
  type FollowUpQuery,
} from '@lotsa/contracts';
import { useQuery } from '@tanstack/react-query';
import { buildQuery, call } from '../../lib/api.ts';

const e = endpoints.followUp;

export function useUnitFollowUp(query: FollowUpQuery, enabled: boolean) {
  return useQuery({
    queryKey: ['follow-up', 'unit', query],
    queryFn: ({ signal }) => call(e.unitFollowUp, { query, signal }),
    enabled,
  });
}

export function useRegionFollowUp(query: FollowUpQuery, enabled: boolean) {
  return useQuery({
    queryKey: ['follow-up', 'region', query],
    queryFn: ({ signal }) => call(e.regionFollowUp, { query, signal }),
    enabled,
  });
}

const q = (query: FollowUpQuery) => buildQuery(query as Record<string, unknown>);
export const unitXlsxUrl = (query: FollowUpQuery) => FOLLOW_UP_XLSX_PATH + q(query);
export const unitCsvUrl = (query: FollowUpQuery) => FOLLOW_UP_CSV_PATH + q(query);
export const regionXlsxUrl = (query: FollowUpQuery) => FOLLOW_UP_REGION_XLSX_PATH + q(query);
