import { defineConfig } from 'vite';

// One self-contained IIFE with its CSS inlined, content-hashed, listed in .vite/manifest.json:
// the API serves whatever file the manifest's entry names as /widget/v1/consent.js.
export default defineConfig({
  build: {
    target: 'es2020',
    manifest: true,
    minify: true,
    sourcemap: false,
    lib: {
      entry: 'src/index.ts',
      formats: ['iife'],
      // Vite insists on a name for IIFE builds; the entry exports nothing, so no such global is made.
      name: 'ConsentManagerWidget',
      fileName: () => 'consent-[hash].js',
    },
  },
});
