/**
 * Whether `astro build` copies from its previous build the pages whose data and code did not
 * change (Astro's incremental build; the pages' keys: src/lib/page-keys.ts): `SG_INCREMENTAL=1`.
 * Off by default: Astro then keeps a second copy of every keyed page in its cache, which costs a
 * build from nothing about a quarter more on two cores (`npm run bench`), and after a new source
 * most pages change anyway; it pays where little changed, a new translation or a re-capture.
 */
export const incremental = process.env.SG_INCREMENTAL === '1';
