/// <reference types="vitest/config" />
// Library build: one ES module `index.js` exporting render(), written into the Python package's static folder.
// Output is deterministic (no hashes, no timestamps, one chunk), so CI can check that the committed bundle equals a
// fresh build: `npm ci && npm run build && git diff --exit-code tb_transfer/static`.
import { defineConfig } from "vite";

export default defineConfig({
  base: "./",
  build: {
    outDir: "../tb_transfer/static",
    // Only our build files live there (index.js); emptying it keeps stale assets from being shipped.
    emptyOutDir: true,
    target: "es2020",
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    copyPublicDir: false,
    lib: {
      entry: "src/index.ts",
      formats: ["es"],
      fileName: () => "index.js",
    },
  },
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
