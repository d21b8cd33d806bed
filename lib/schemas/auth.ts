import { z } from 'zod';
import { safeString, userText } from '@/lib/schemas/text';

export const ZEmail = safeString()
  .trim()
  .toLowerCase()
  .email('Enter an email address like name@example.org.')
  .max(254, 'That email address is too long.');

export const ZSignIn = z.object({
  email: ZEmail,
  password: safeString().min(1, 'Enter your password.').max(200, 'That password is too long.'),
});
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZSignUp = z.object({
  name: userText({ min: 1, tooShort: 'Enter the name others will see.', max: 80, tooLong: 'Keep your name under 80 characters.' }),
  email: ZEmail,
  password: safeString().min(10, 'Use at least 10 characters for your password.').max(200, 'Keep your password under 200 characters.'),
});
export type TSignUp = z.infer<typeof ZSignUp>;

/** The first message of a failed parse, for forms that show one line. */
export function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'Check the form and try again.';
}
