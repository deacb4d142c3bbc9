/** Release label injected at build time (astro.config.mjs, DECLIC_RELEASE). */
declare const __DECLIC_RELEASE__: string;
