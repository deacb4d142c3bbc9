import { defineConfig } from 'vitest/config';
import { activityData } from './src/integrations/content.ts';

export default defineConfig({
  // Tests import the activities' data from content/ the way the islands do.
  plugins: [activityData()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
    // Some tests are CPU-bound (property tests, the validator on a copy of content/): on a shared
    // 2-core machine the default 5 s is not a verdict on the code.
    testTimeout: 30_000,
  },
});
