import { EssayBreadcrumb } from '@/components/essay/essay-breadcrumb';
import { redirect } from 'next/navigation';
import { CritiqueDesk } from '@/components/author/critique-desk';
import { getViewer } from '@/lib/server/auth/viewer';
import { loadOrNotFound } from '@/lib/server/http/load-or-not-found';
import { getAuthorDesk } from '@/lib/server/queries/author/get-author-desk';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Critique desk' };

type TProps = { params: Promise<{ slug: string }> };

// Anyone but the essay's author finds no desk here, exactly as if the essay did not exist.
function loadDesk(viewerId: string, slug: string) {
  return loadOrNotFound(() => getAuthorDesk(viewerId, slug));
}

export default async function AuthorDeskPage({ params }: TProps) {
  const { slug } = await params;
  const viewer = await getViewer();
  // The same redirect for every slug, so it tells a signed-out visitor nothing about the essay.
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(`/essays/${slug}/author`)}`);
  const desk = await loadDesk(viewer.id, slug);
  return (
    <div className="space-y-6">
      <header>
        <EssayBreadcrumb
          slug={desk.essay.slug}
          title={desk.essay.title}
          next={[{ path: 'responses', label: 'Your responses as readers see them' }]}
        />
        <h1 className="mt-3 font-serif text-3xl font-semibold">Critique desk</h1>
        <p className="mt-2 max-w-3xl text-stone-600">
          Every rebuttal, question and low-rated claim on “{desk.essay.title}”, open ones first, then by impact. Answer each one:
          acknowledge, concede, dispute, clarify — or revise the claim, which publishes a new revision of the essay. The critic then accepts
          your answer or reopens the critique.
        </p>
      </header>
      <CritiqueDesk
        slug={desk.essay.slug}
        critiques={desk.critiques}
        openPerClaim={desk.openPerClaim}
        claims={desk.claims}
        attackKinds={desk.attackKinds}
      />
    </div>
  );
}
