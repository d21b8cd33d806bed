import type { TDigest } from '@/lib/domain/digest/types';
import { DigestDate, DigestSection } from './digest-section';

/** Critiques still waiting for the author, the oldest first. */
export function CritiquesSection({ critiques }: { critiques: TDigest['openCritiques'] }) {
  return (
    <DigestSection id="critiques" title={`Open critiques (${critiques.total})`}>
      {critiques.total === 0 ? (
        <p className="text-stone-700">Every critique has an answer.</p>
      ) : (
        <>
          <p className="text-stone-700">Still waiting for the author, oldest first:</p>
          <ul className="space-y-3">
            {critiques.oldest.map((c) => (
              <li key={c.id} className="break-inside-avoid" data-testid="digest-critique">
                <p className="text-sm text-stone-600">
                  {c.type === 'argument' ? 'Argument' : 'Note'} by {c.critic}, <DigestDate iso={c.createdAt} />
                  {c.context === null ? null : <> · on “{c.context}”</>}
                </p>
                <p className="user-text">{c.text}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </DigestSection>
  );
}
