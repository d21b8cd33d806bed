// The values of the annotation schema that client components need, without zod: importing a value
// from lib/schemas/annotation.ts would bring zod into the browser's bundle (issue 11). That file
// builds its schemas from these and re-exports them; the server validates with the schemas.

export const ROOT_MOTIVATIONS = ['COMMENTING', 'QUESTIONING', 'HIGHLIGHTING', 'TAGGING'] as const;
export type TRootMotivation = (typeof ROOT_MOTIVATIONS)[number];

/** Longest note body, in characters (UTF-16 code units, as `maxLength` counts). */
export const MAX_BODY = 10_000;
