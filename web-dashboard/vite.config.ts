import { defineConfig } from 'vite';

// A page of its own, served by the API under /dashboard/: index.html plus content-hashed assets.
export default defineConfig({
  base: '/dashboard/',
  build: {
    target: 'es2020',
    sourcemap: false,
    // Chart.js is most of the bundle; a dashboard for logged-in staff can afford it.
    chunkSizeWarningLimit: 400,
  },
});
