'use client';
import { z } from 'zod';

// Zod compiles object parsers with `new Function` when it may; to find out, it tries once, and
// under our Content-Security-Policy (no 'unsafe-eval') that try is refused and reported as a
// violation even though zod catches it. In the browser, parse without the compiler: the forms
// parse a few fields, where it makes no difference. The server keeps the compiled parsers.
if (typeof window !== 'undefined') z.config({ jitless: true });

/** Rendered once in the root layout so that the setting above runs on every page. */
export function ZodWithoutEval() {
  return null;
}
