import { Link } from '@/components/ui/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="font-serif text-3xl font-semibold">Not found</h1>
      <p className="mt-3 text-stone-600">There is nothing here — or it belongs to a cohort you are not a member of.</p>
      <Link href="/" className="mt-6 inline-block underline underline-offset-4">
        Back to the essays
      </Link>
    </div>
  );
}
