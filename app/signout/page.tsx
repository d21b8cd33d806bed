import { SignOutButton } from '@/components/auth/sign-out-button';

export const metadata = { title: 'Sign out' };

export default function SignOutPage() {
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="font-serif text-3xl font-semibold">Sign out</h1>
      <p className="mt-3 text-stone-600">You will need your email and password to sign in again.</p>
      <SignOutButton />
    </div>
  );
}
