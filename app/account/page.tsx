import { Link } from '@/components/ui/link';
import { redirect } from 'next/navigation';
import { CreateTokenForm } from '@/components/account/create-token-form';
import { TokenList } from '@/components/account/token-list';
import { listTokensForViewer } from '@/lib/server/api-v1/list-tokens-for-viewer';
import { getViewer } from '@/lib/server/auth/viewer';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Account' };

export default async function AccountPage() {
  const viewer = await getViewer();
  if (!viewer) redirect('/signin?callbackUrl=/account');
  const tokens = await listTokensForViewer(viewer.id);
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <div>
        <h1 className="font-serif text-3xl font-semibold">Account</h1>
        <p className="mt-2 text-stone-600">
          Signed in as {viewer.name} ({viewer.email}).
        </p>
      </div>
      <section aria-labelledby="tokens-title" className="space-y-4">
        <h2 id="tokens-title" className="font-serif text-2xl font-semibold">
          Personal access tokens
        </h2>
        <p className="text-sm text-stone-700">
          A token lets a script or notebook use the{' '}
          <Link href="/docs/api" className="underline underline-offset-4">
            Counterpoint API
          </Link>{' '}
          as you: it sees exactly what you see. Keep it secret, and revoke it when you no longer need it.
        </p>
        <TokenList tokens={tokens} />
        <CreateTokenForm />
      </section>
    </div>
  );
}
