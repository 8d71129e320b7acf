import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/dom/**/*.test.{ts,tsx}'],
    mockReset: true,
    restoreMocks: true,
    testTimeout: 60_000,
  },
});
