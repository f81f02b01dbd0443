/**
 * Turns off zod's compiled parsers. Unless `jitless` is set, zod tries `new Function` once, as
 * it builds its first object schema, to learn whether it may compile parsers. The extension's
 * content security policy blocks that, so zod uses its interpreter either way, but Firefox
 * (153 ESR) logs each blocked attempt as a CSP error in the background page's console and in
 * every extension page's.
 *
 * Object schemas read this setting when they are built, so each entry point that uses zod
 * imports this module before any other.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
