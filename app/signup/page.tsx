import { Link } from '@/components/ui/link';
import { Suspense } from 'react';
import { CredentialsForm } from '@/components/auth/credentials-form';

export const metadata = { title: 'Sign up' };

export default function SignUpPage() {
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="font-serif text-3xl font-semibold">Create an account</h1>
      <Suspense>
        <CredentialsForm mode="signup" />
      </Suspense>
      <p className="mt-6 text-sm text-stone-600">
        Already have one?{' '}
        <Link href="/signin" className="underline underline-offset-4">
          Sign in
        </Link>
      </p>
    </div>
  );
}
