// The argument schema's lengths, without zod, for the form's counters (see annotation-limits.ts).

export const MAX_ARGUMENT_TEXT = 300;
export const MAX_ELABORATION = 5_000;
