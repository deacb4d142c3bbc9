import { defineConfig } from 'vitest/config';
import { activityData } from './src/integrations/content.ts';

export default defineConfig({
  // Tests import the activities' data from content/ the way the islands do.
  plugins: [activityData()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
  },
});
