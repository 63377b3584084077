import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One copy of graphql-js for our code and Yoga's: two copies break `instanceof GraphQLError`.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['test/**/*.test.ts'],
    // Tests share nothing but the CPU; two cores here, so keep the pool small.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
