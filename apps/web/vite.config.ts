// Builds the explorer to dist/ (served by apps/api at /) and proxies /graphql to the API in dev.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where the API listens during `vite` and `vite preview`; DETOUR_API_URL overrides it. */
const apiTarget = process.env.DETOUR_API_URL ?? 'http://127.0.0.1:4000';
const proxy = { '/graphql': { target: apiTarget, changeOrigin: true } };

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Cytoscape is most of the bundle and changes least often: its own chunk caches well.
        codeSplitting: {
          groups: [
            { name: 'cytoscape', test: /node_modules[\\/]cytoscape/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
});
