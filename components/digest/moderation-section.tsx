import { kindLabel } from '@/components/moderation/labels';
import { counted } from '@/lib/domain/digest/figures';
import type { TDigestModeration } from '@/lib/domain/digest/types';
import { wordOf } from '@/lib/domain/digest/markdown-text';
import { DigestSection } from './digest-section';

/** Moderation in counts only: no reason, flag note or hidden word is part of the digest. */
export function ModerationSection({ moderation: m }: { moderation: TDigestModeration }) {
  return (
    <DigestSection id="moderation" title="Moderation">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-stone-700">
        <dt className="font-medium">Actions</dt>
        <dd data-testid="moderation-actions">
          {m.actions.length === 0 ? 'None' : m.actions.map((a) => `${kindLabel(a.kind)} ${counted(a.count, 'time', 'times')}`).join(', ')}
        </dd>
        <dt className="font-medium">Flags</dt>
        <dd data-testid="moderation-flags">
          {m.flags.length === 0 ? 'None' : m.flags.map((f) => `${wordOf(f.status)} ${f.count}`).join(', ')}
        </dd>
        <dt className="font-medium">Hidden now</dt>
        <dd data-testid="moderation-hidden">
          {counted(m.hiddenNotes, 'note', 'notes')} and {counted(m.hiddenArguments, 'argument', 'arguments')}; their words are not part of
          the digest.
        </dd>
      </dl>
    </DigestSection>
  );
}
