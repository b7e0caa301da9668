/** Text colours with at least 4.5:1 on white (Mantine's green.9 has 4.3:1). */
export const OK_GREEN = '#1e6b31';
export const NOT_MET_RED = 'var(--mantine-color-red-9)';
export const UNKNOWN_GREY = 'var(--mantine-color-gray-8)';
