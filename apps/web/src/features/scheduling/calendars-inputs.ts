/** Room for 24-hour and AM/PM browsers alike: the native picker icon needs little padding. */
export const TIME_INPUT = {
  type: 'time',
  step: 300,
  w: 116,
  styles: { input: { paddingInline: 8 } },
} as const;
export const DATE_INPUT = { type: 'date', w: 138, styles: { input: { paddingInline: 8 } } } as const;
