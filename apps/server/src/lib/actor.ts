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
}

export const DEFAULT_REASON = 'vård och behandling';
