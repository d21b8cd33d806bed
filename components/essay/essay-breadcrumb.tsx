import { Link } from '@/components/ui/link';
import { LINK } from '@/components/ui/field-styles';

type TEssayBreadcrumbProps = {
  slug: string;
  title: string;
  /** The essay's other pages a reader of this one goes to next: a path under /essays/<slug>/ and its label. */
  next?: readonly { path: string; label: string }[];
  className?: string;
};

/** The way back from one of an essay's side pages (digest, responses, desk, maps) to the essay. */
export function EssayBreadcrumb({ slug, title, next = [], className = '' }: TEssayBreadcrumbProps) {
  return (
    <nav aria-label="Breadcrumb" className={`flex flex-wrap gap-x-4 gap-y-1 text-sm ${className}`}>
      <Link href={`/essays/${slug}`} className={LINK}>
        ← Back to “{title}”
      </Link>
      {next.map(({ path, label }) => (
        <Link key={path} href={`/essays/${slug}/${path}`} className={LINK}>
          {label}
        </Link>
      ))}
    </nav>
  );
}
