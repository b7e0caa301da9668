/** Back to the welcome screen after this long without a touch or key press. */
export const KIOSK_IDLE_MS = 90_000;
/** The thank-you screen stays this long, then the next person starts afresh. */
export const KIOSK_THANKS_MS = 8_000;
