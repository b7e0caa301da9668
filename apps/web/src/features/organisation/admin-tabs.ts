import type { TFunction } from 'i18next';
import { defineSlot, type SlotPart } from '../../lib/slots.tsx';

/**
 * A part of the administration, with its own address `/administration/<path>`. Order now: areas 10,
 * units 20, staff 30, rooms 40, equipment 50, teams 60 (all organisation's), accounts 70 (access).
 */
export interface AdminTab extends SlotPart<object> {
  /** The last part of the address, Swedish: `konton`. */
  path: string;
  label: (t: TFunction) => string;
}

/** The administration's tabs that other features add (Konton comes from access). */
export const adminTabs = defineSlot<AdminTab>('admin-page.tabs');
