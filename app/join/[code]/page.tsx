import { Link } from '@/components/ui/link';
import { JoinForm } from '@/components/cohort/join-form';
import { getViewer } from '@/lib/server/auth/viewer';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Join a cohort' };

type TProps = { params: Promise<{ code: string }> };

/** An invite link. Nothing about the cohort is shown before joining: the code is all we have. */
export default async function JoinPage({ params }: TProps) {
  const { code } = await params;
  const viewer = await getViewer();
  const back = encodeURIComponent(`/join/${code}`);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="font-serif text-3xl font-semibold">Join this cohort</h1>
      <p className="mt-3 text-stone-600">You were invited to read and argue with a cohort on Counterpoint.</p>
      {viewer ? (
        <JoinForm code={code} />
      ) : (
        <p className="mt-6 text-stone-700">
          <Link href={`/signin?callbackUrl=${back}`} className="font-medium underline underline-offset-4">
            Sign in to join
          </Link>{' '}
          or{' '}
          <Link href={`/signup?callbackUrl=${back}`} className="underline underline-offset-4">
            create an account
          </Link>
          ; you will come back here.
        </p>
      )}
    </div>
  );
}
