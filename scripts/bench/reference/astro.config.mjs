// @ts-check
// The benchmark's reference: a plain Astro site, no integration, read by scripts/bench/reference.ts.
import { defineConfig } from 'astro/config';

export default defineConfig({});
