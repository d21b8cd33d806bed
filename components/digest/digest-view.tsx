import type { TDigest } from '@/lib/domain/digest/types';
import { ArgumentsSection } from './arguments-section';
import { CritiquesSection } from './critiques-section';
import { ModerationSection } from './moderation-section';
import { OpinionSection } from './opinion-section';
import { ParticipationSection } from './participation-section';
import { ResponsesSection } from './responses-section';

/** The digest's sections, in the order the Markdown download has them. */
export function DigestView({ digest }: { digest: TDigest }) {
  const { slug } = digest.essay;
  return (
    <div className="space-y-6 print:space-y-0">
      <ParticipationSection participation={digest.participation} />
      <OpinionSection slug={slug} opinion={digest.opinion} />
      <ArgumentsSection slug={slug} sides={digest.arguments} />
      <ResponsesSection responses={digest.responses} />
      <CritiquesSection critiques={digest.openCritiques} />
      <ModerationSection moderation={digest.moderation} />
    </div>
  );
}
