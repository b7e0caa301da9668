import { useCallback, useEffect, useRef } from 'react';
import { type Blocker, type BlockerFunction, useBlocker } from 'react-router';

/**
 * Keeps unsaved work. While `dirty`, going to another page of the app (a link, the navigation, the
 * browser's back button) is held until the user answers `<UnsavedChangesDialog blocker={…} />`, and
 * closing or reloading the tab gets the browser's own question. A new query on the same page (a tab,
 * the chosen row) is the page's own business and is not held.
 *
 * `allowLeaving()` lets the next navigation through without asking: call it just before the page navigates
 * away itself after a save or an explicit "Avbryt", before `dirty` has caught up.
 */
/** The pages that have unsaved changes now (one entry per mounted, dirty page). */
const dirtyPages = new Set<symbol>();
/** Set when the user has chosen to leave anyway (signing out): the browser need not ask again. */
let leavingOnPurpose = false;

/** Whether any page has unsaved changes: signing out asks first (sign-out-button.tsx). */
export function hasUnsavedChanges(): boolean {
  return dirtyPages.size > 0;
}

/** The user chose to throw the changes away (to sign out): no more questions, also not the browser's. */
export function leaveOnPurpose(): void {
  leavingOnPurpose = true;
}

export function useUnsavedChanges(dirty: boolean): { blocker: Blocker; allowLeaving: () => void } {
  const allowed = useRef(false);
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) => {
      if (currentLocation.pathname === nextLocation.pathname) return false;
      // One navigation let through by `allowLeaving`; later ones are held again while dirty.
      if (allowed.current) {
        allowed.current = false;
        return false;
      }
      return dirty;
    },
    [dirty],
  );
  const blocker = useBlocker(shouldBlock);

  // Nothing left to lose while the question is open (saved in another way): the question goes away.
  useEffect(() => {
    if (blocker.state === 'blocked' && !dirty) blocker.reset();
  }, [blocker, dirty]);

  useEffect(() => {
    if (!dirty) return;
    const page = Symbol('dirty page');
    dirtyPages.add(page);
    const warn = (e: BeforeUnloadEvent) => {
      if (!leavingOnPurpose) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      dirtyPages.delete(page);
      window.removeEventListener('beforeunload', warn);
    };
  }, [dirty]);

  const allowLeaving = useCallback(() => {
    allowed.current = true;
  }, []);
  return { blocker, allowLeaving };
}
