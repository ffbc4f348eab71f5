import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser and build tests share one built edition; run files one at a time on 2 cores.
    fileParallelism: false,
  },
});
