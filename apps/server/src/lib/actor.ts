import type { Locale, Role } from '@lotsa/contracts';

/** Who is acting, for access decisions and the audit log. */
export interface Actor {
  userId: string;
  userName: string;
  regionId: string;
  activeUnitId: string | null;
  unitRoles: ReadonlyMap<string, readonly Role[]>;
  isRegionAdmin: boolean;
  locale: Locale;
  /** Why the data is used, recorded in the audit log. */
  reason: string;
  /**
   * Acts for the patient themselves, not for staff: the letter's web link, whose token is the
   * patient's key to their own letter. No care relationship applies (decision 0010).
   */
  patientLink?: true;
}

export const DEFAULT_REASON = 'vård och behandling';
