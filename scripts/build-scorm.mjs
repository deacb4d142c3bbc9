#!/usr/bin/env node
/**
 * npm run build:scorm — (re)builds the SCORM 1.2 packages of every module into <out>/scorm/ from an
 * existing build (`npm run build` already does it; this is for working on the packages alone).
 * Same variables as the build: DECLIC_OUT_DIR (default dist), DECLIC_BASE (default /).
 */
import { runnerImport } from 'vite';

const started = Date.now();
const { module } = await runnerImport('/src/scorm/package.ts', { configFile: false, logLevel: 'error', root: process.cwd() });
await module.buildScormPackages({
  root: process.cwd(),
  outDir: process.env.DECLIC_OUT_DIR ?? 'dist',
  base: process.env.DECLIC_BASE ?? '/',
  log: (message) => console.log(message),
});
console.log(`SCORM : ${((Date.now() - started) / 1000).toFixed(1)} s`);
