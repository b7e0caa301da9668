import { type ComponentType, createContext, type ReactNode, useContext, useMemo } from 'react';

/**
 * Extension slots: a place on one feature's page that other features fill without the page importing
 * them (OpenMRS O3's extension slots, kept small). The feature that owns the page defines the slot and
 * the shape of its parts in its door (`patients/index.ts`: `patientPageSections`); a contributing
 * feature exports its parts from its own door; `app/extensions.ts` says which parts fill which slot.
 * So a new feature adds a card to the patient page without a line changed in `features/patients/`.
 */
export interface SlotPart<P> {
  /** Unique in its slot; also the React key. */
  id: string;
  /** Place in the slot, lowest first. Steps of ten leave room for the next feature. */
  order: number;
  Component: ComponentType<P>;
}

/** What every part has, whatever its props. */
interface AnyPart {
  id: string;
  order: number;
}

/** A named slot whose parts have the type `T`. Compare by identity: define each slot once, in its owner's door. */
export interface Slot<T extends AnyPart> {
  readonly name: string;
  /** Never set: carries `T` for the type checker. */
  readonly part?: T;
}

export function defineSlot<T extends AnyPart>(name: string): Slot<T> {
  return { name };
}

/** Parts for one slot, as `app/extensions.ts` lists them. */
export interface SlotFill {
  readonly slot: Slot<AnyPart>;
  readonly parts: readonly AnyPart[];
}

export function fill<T extends AnyPart>(slot: Slot<T>, parts: readonly T[]): SlotFill {
  return { slot, parts };
}

const SlotsContext = createContext<ReadonlyMap<Slot<AnyPart>, readonly AnyPart[]>>(new Map());

/** Makes the fills available to every page below. */
export function SlotsProvider({ fills, children }: { fills: readonly SlotFill[]; children: ReactNode }) {
  const bySlot = useMemo(() => {
    const map = new Map<Slot<AnyPart>, AnyPart[]>();
    for (const f of fills) map.set(f.slot, [...(map.get(f.slot) ?? []), ...f.parts]);
    return map;
  }, [fills]);
  return <SlotsContext.Provider value={bySlot}>{children}</SlotsContext.Provider>;
}

/**
 * The parts that fill a slot, with the owner's own parts (`own`), in order; an id used twice in one
 * slot is a mistake and throws.
 */
export function useSlot<T extends AnyPart>(slot: Slot<T>, own: readonly T[] = []): readonly T[] {
  const filled = useContext(SlotsContext).get(slot) as readonly T[] | undefined;
  return useMemo(() => {
    const parts = [...own, ...(filled ?? [])];
    if (new Set(parts.map((p) => p.id)).size !== parts.length) {
      throw new Error(`Two parts of the slot ${slot.name} have the same id`);
    }
    return parts.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  }, [slot, own, filled]);
}
