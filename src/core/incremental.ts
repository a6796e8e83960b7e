/**
 * Whether `astro build` copies from its previous build the pages whose data and code did not
 * change (Astro's incremental build; the pages' keys: src/lib/page-keys.ts): `SG_INCREMENTAL=1`.
 * Off by default: Astro then writes a second copy of every keyed page into its cache, which cost
 * a build from nothing a quarter more at 20,145 pages on two cores (README, Benchmark), and after
 * a new source most pages change anyway; it pays where little changed, as after a translation.
 */
export const incremental = process.env.SG_INCREMENTAL === '1';
