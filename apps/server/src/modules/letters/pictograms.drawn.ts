/**
 * Pictograms drawn for Lotsa where Health Icons has none that fits: plain outline drawings on the
 * same 48 × 48 grid and stroke weight, so they sit well beside the Health Icons ones.
 */
const frame = (body: string) =>
  `<svg width="48" height="48" viewBox="0 0 48 48" fill="none" xmlns="http://www.w3.org/2000/svg" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

export const DRAWN: Record<string, string> = {
  // A house on the right and a walking arrow towards it: "then you go home".
  go_home: frame(
    '<path d="M26 22 L35 14 L44 22"/><path d="M28 20 V38 H42 V20"/><path d="M33 38 V30 H37 V38"/><path d="M4 30 H20"/><path d="M14 24 L20 30 L14 36"/>',
  ),
  // A round clock face at half past nine.
  clock: frame(
    '<circle cx="24" cy="24" r="18"/><path d="M24 24 L24 36"/><path d="M24 24 L16 20"/><circle cx="24" cy="24" r="1.5" fill="currentColor"/><path d="M24 8 V10 M40 24 H38 M24 40 V38 M8 24 H10"/>',
  ),
  // A bag with a handle: what to bring.
  bag: frame(
    '<rect x="8" y="18" width="32" height="22" rx="3"/><path d="M18 18 V13 a3 3 0 0 1 3 -3 h6 a3 3 0 0 1 3 3 V18"/><path d="M8 27 H40"/>',
  ),
};
