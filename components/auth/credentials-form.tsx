'use client';
import { signIn } from 'next-auth/react';
import { useRouter, useSearchParams } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { safeCallbackPath } from '@/lib/domain/auth/safe-callback-path';
import { signUpAction } from '@/lib/actions/sign-up';
import { LARGE_FIELD } from '@/components/ui/field-styles';

/** Sign-in and sign-up share one form; sign-up creates the account, then signs in. */
export function CredentialsForm({ mode }: { mode: 'signin' | 'signup' }) {
  const router = useRouter();
  const callbackUrl = useSearchParams().get('callbackUrl') ?? '/';
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '');
    const password = String(form.get('password') ?? '');
    if (mode === 'signup') {
      const created = await signUpAction({ name: form.get('name'), email, password });
      if (!created.ok) {
        setError(created.error);
        setPending(false);
        return;
      }
    }
    const result = await signIn('credentials', { email, password, redirect: false });
    if (!result || result.error) {
      // Rate-limit messages come through as the error text; anything else is a plain mismatch.
      setError(result?.error?.startsWith('Too many') ? result.error : 'That email and password do not match an account.');
      setPending(false);
      return;
    }
    // Only paths on this site: an open redirect would let a link send people elsewhere after sign-in.
    router.push(safeCallbackPath(callbackUrl));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      {mode === 'signup' ? (
        <label className="block text-sm font-medium">
          Name
          <input name="name" autoComplete="name" required className={LARGE_FIELD} />
        </label>
      ) : null}
      <label className="block text-sm font-medium">
        Email
        <input name="email" type="email" autoComplete="email" required className={LARGE_FIELD} />
      </label>
      <label className="block text-sm font-medium">
        Password
        <input
          name="password"
          type="password"
          autoComplete={mode === 'signup' ? 'new-password' : 'current-password'}
          required
          className={LARGE_FIELD}
        />
      </label>
      {error ? (
        <p role="alert" data-testid="form-error" className="rounded bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={isPending}
        className="w-full rounded bg-stone-900 px-4 py-2 font-medium text-white hover:bg-stone-700 disabled:opacity-60"
      >
        {mode === 'signup' ? 'Create account' : 'Sign in'}
      </button>
    </form>
  );
}
