/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so code that imports astro:content runs under test (mocked per file with vi.mock).
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // The bad-corpus tests run real `astro sync`s and a build; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
