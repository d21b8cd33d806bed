import { Link } from '@/components/ui/link';
import { Suspense } from 'react';
import { CredentialsForm } from '@/components/auth/credentials-form';

export const metadata = { title: 'Sign in' };

export default function SignInPage() {
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="font-serif text-3xl font-semibold">Sign in</h1>
      <Suspense>
        <CredentialsForm mode="signin" />
      </Suspense>
      <p className="mt-6 text-sm text-stone-600">
        New here?{' '}
        <Link href="/signup" className="underline underline-offset-4">
          Create an account
        </Link>
      </p>
    </div>
  );
}
