import { Link } from '@/components/ui/link';
import { CARD } from '@/components/ui/field-styles';

type TProps = { slug: string; minRatings: number; rated: number; isSignedIn: boolean };

/**
 * What a viewer below the essay's N reads instead of the map: how many claims to rate, and no
 * figure taken from anyone else's ratings (ADR 0014).
 */
export function OpinionMapLocked({ slug, minRatings, rated, isSignedIn }: TProps) {
  const claims = (n: number) => `${n} ${n === 1 ? 'claim' : 'claims'}`;
  return (
    <section className={`${CARD} max-w-2xl space-y-2`} aria-labelledby="opinion-map-locked">
      <h2 id="opinion-map-locked" className="font-serif text-xl font-semibold">
        Rate {claims(minRatings)} to see the opinion map
      </h2>
      <p className="text-stone-700">
        The opinion map groups readers by how they rated the essay’s claims. Like every rating here it stays hidden until you have judged
        for yourself: {isSignedIn ? `you have rated ${claims(rated)} so far.` : 'sign in, then rate.'}
      </p>
      <p>
        <Link href={`/essays/${slug}`} className="underline underline-offset-4">
          Read the essay and rate its claims
        </Link>
      </p>
    </section>
  );
}
