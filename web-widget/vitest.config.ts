import { defineConfig } from 'vitest/config';

// Two projects: the headless core and UI from source, and the same behaviour through the
// built, minified bundle (npm test builds first, so dist/ is current).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'jsdom' } },
      { test: { name: 'bundle', include: ['test/bundle/**/*.test.ts'], environment: 'node' } },
    ],
  },
});
