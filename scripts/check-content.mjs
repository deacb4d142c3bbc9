#!/usr/bin/env node
/**
 * npm run check:content — checks every file under content/ in a few seconds, without building the
 * site: the same validator as the build and the tests (src/lib/content/validate.ts). Prints the
 * errors (the site would not build) and the warnings (writing rules), in French, and exits with 1 if
 * there is any of either. `--errors-only`: warnings are shown but do not fail.
 */
import { runnerImport } from 'vite';

const started = Date.now();
const { module } = await runnerImport('/src/lib/content/cli.ts', { configFile: false, logLevel: 'error', root: process.cwd() });
const code = module.main(process.argv.slice(2), Date.now() - started);
process.exit(code);
