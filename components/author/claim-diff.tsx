import { Fragment } from 'react';
import type { TDiffPart } from '@/lib/domain/revision/diff-claim';

const DEL = 'rounded-sm bg-red-50 px-0.5 text-red-800 line-through decoration-2';
const INS = 'rounded-sm bg-green-50 px-0.5 text-green-900 underline decoration-2 underline-offset-2';

/**
 * The word diff of each claim a revision changed. Removed words are struck through and added ones
 * underlined, not only coloured, and each change is named for screen readers (which mostly read
 * <del>/<ins> as plain text).
 */
export function ClaimDiff({ diffs }: { diffs: TDiffPart[][] }) {
  if (diffs.length === 0) return <p className="text-sm text-stone-600">This revision changed no claim’s wording.</p>;
  return (
    <div data-testid="claim-diff">
      <ul className="space-y-2">
        {diffs.map((parts, line) => (
          <li key={line} className="border-l-4 border-stone-200 pl-3 font-serif leading-7" data-testid="claim-diff-line">
            {parts.map((part, index) => {
              const before = parts[index - 1];
              // "bad" struck and "terrible" added sit side by side: keep a gap so they read as two words.
              const needsGap = part.kind === 'added' && before?.kind === 'removed' && !/\s$/.test(before.text) && !/^\s/.test(part.text);
              if (part.kind === 'same') return <Fragment key={index}>{part.text}</Fragment>;
              return (
                <Fragment key={index}>
                  {needsGap ? ' ' : null}
                  <span className="sr-only">{part.kind === 'removed' ? 'removed:' : 'added:'}</span>
                  {part.kind === 'removed' ? <del className={DEL}>{part.text}</del> : <ins className={INS}>{part.text}</ins>}
                </Fragment>
              );
            })}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-stone-500">Struck-through words were removed; underlined words were added.</p>
    </div>
  );
}
