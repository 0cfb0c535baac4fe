import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The bad-corpus tests run real `astro build`s; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
