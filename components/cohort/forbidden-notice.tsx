import { Link } from '@/components/ui/link';

/** What a member sees on a staff-only page of their own cohort: they know it exists, so no 404. */
export function ForbiddenNotice({ message, backHref }: { message: string; backHref: string }) {
  return (
    <div className="mx-auto max-w-xl py-16 text-center" data-testid="forbidden">
      <h1 className="font-serif text-3xl font-semibold">Not allowed</h1>
      <p className="mt-3 text-stone-600">{message}</p>
      <Link href={backHref} className="mt-6 inline-block underline underline-offset-4">
        Back to the cohort
      </Link>
    </div>
  );
}
