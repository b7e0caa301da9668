import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import postcssPresetMantine from 'postcss-preset-mantine';
import { defineConfig, type Plugin } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const apiTarget = process.env.LOTSA_API ?? 'http://127.0.0.1:3200';

/** `vite build` type-checks first, so a production build never ships a type error. */
function typecheck(): Plugin {
  return {
    name: 'lotsa-typecheck',
    apply: 'build',
    buildStart() {
      const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
      try {
        execFileSync(process.execPath, [tsc, '--noEmit', '-p', path.join(here, 'tsconfig.json')], {
          stdio: 'inherit',
        });
      } catch {
        this.error('TypeScript found errors in apps/web (see above).');
      }
    },
  };
}

export default defineConfig({
  base: '/',
  plugins: [typecheck(), react()],
  css: { postcss: { plugins: [postcssPresetMantine()] } },
  server: {
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: { proxy: { '/api': { target: apiTarget } } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
