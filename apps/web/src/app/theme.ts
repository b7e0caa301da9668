import {
  type CSSVariablesResolver,
  createTheme,
  defaultVariantColorsResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * Mantine's defaults with contrast fixed for WCAG AA: filled buttons and links use shade 8 of the
 * primary colour, light variants keep dark text, and "dimmed" text (input descriptions) is dark grey, not light grey.
 */
/** "Light" variants (alerts, badges) tint the background but keep the text dark enough to read. */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant === 'light') return { ...colors, color: 'var(--mantine-color-black)' };
  return colors;
};

export const theme = createTheme({
  variantColorResolver,
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 4 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
  defaultRadius: 'sm',
  focusRing: 'always',
  // People who ask their system for less motion (vestibular disorders, epilepsy, concentration) get
  // dialogs and notifications without sliding or fading.
  respectReducedMotion: true,
  components: {
    Table: { defaultProps: { striped: false, highlightOnHover: true, verticalSpacing: 'xs' } },
    Modal: { defaultProps: { size: 'lg' } },
    // A badge keeps its whole label: in a narrow table column Mantine would cut "Aktiv" to "Ak…".
    Badge: { styles: { root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057',
    '--mantine-color-placeholder': t.colors.gray[6] ?? '#868e96',
    '--mantine-color-error': t.colors.red[9] ?? '#c92a2a',
  },
  dark: {},
});
