'use client';
import { signOut } from 'next-auth/react';

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: '/' })}
      className="mt-6 rounded bg-stone-900 px-4 py-2 font-medium text-white hover:bg-stone-700"
    >
      Sign out
    </button>
  );
}
