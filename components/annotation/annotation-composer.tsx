'use client';
import { useEffect, useId, useRef, useState, type CSSProperties, type FormEvent, type KeyboardEvent } from 'react';
import { MAX_BODY, type TRootMotivation } from '@/lib/schemas/annotation-limits';
import { parseTags } from '@/components/annotation/annotation-api';
import { excerpt, MOTIVATION_LABELS, ROOT_MOTIVATION_OPTIONS } from '@/components/annotation/labels';
import { COMPACT_FIELD } from '@/components/ui/field-styles';
import { useSubmit } from '@/components/ui/use-submit';

export type TComposerValues = { motivation: TRootMotivation; body: string; tags: string[]; visibility: 'COHORT' | 'PRIVATE' };

type TProps = {
  quote: string;
  authorName: string;
  /** Where the selection ends, relative to the essay column (wide screens only; narrow ones get a bottom sheet). */
  at: { top: number; left: number };
  /** Resolves to the server's message when it refuses, null once saved. */
  onSubmit: (values: TComposerValues) => Promise<string | null>;
  onClose: () => void;
};

/** The small dialog that turns a selection into a note. Non-modal: Escape or Cancel closes it. */
export function AnnotationComposer({ quote, authorName, at, onSubmit, onClose }: TProps) {
  const id = useId();
  const [motivation, setMotivation] = useState<TRootMotivation>('COMMENTING');
  const [body, setBody] = useState('');
  const [tags, setTags] = useState('');
  const [visibility, setVisibility] = useState<'COHORT' | 'PRIVATE'>('COHORT');
  // On success the composer is unmounted, so it stays busy until then.
  const { isBusy: isSaving, error, run } = useSubmit({ isBusyAfterSuccess: true });
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    bodyRef.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // onSubmit answers null on success and the refusal's text otherwise.
    await run(async () => {
      const message = await onSubmit({ motivation, body, tags: parseTags(tags), visibility });
      return message === null ? { isOk: true as const, data: null } : { isOk: false as const, error: message };
    });
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      // The usual "send" chord in a note field.
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  }

  const isOver = body.length > MAX_BODY;
  const position = { '--composer-top': `${at.top + 8}px`, '--composer-left': `${at.left}px` } as CSSProperties;
  return (
    <div
      role="dialog"
      aria-labelledby={`${id}-title`}
      data-testid="annotation-composer"
      onKeyDown={onKeyDown}
      style={position}
      className="fixed inset-x-2 bottom-2 z-30 max-h-[80vh] overflow-y-auto rounded-lg border border-stone-300 bg-white p-4 font-sans text-sm shadow-xl lg:absolute lg:inset-x-auto lg:bottom-auto lg:left-(--composer-left) lg:top-(--composer-top) lg:w-96"
    >
      <form ref={formRef} onSubmit={submit} className="space-y-3">
        <h3 id={`${id}-title`} className="font-semibold">
          Annotate
        </h3>
        <blockquote className="border-l-4 border-amber-400 pl-2 font-serif text-stone-700" data-testid="composer-quote">
          {excerpt(quote, 280)}
        </blockquote>
        <fieldset className="flex flex-wrap gap-x-3 gap-y-1">
          <legend className="mb-1 text-stone-600">Kind of note</legend>
          {ROOT_MOTIVATION_OPTIONS.map((option) => (
            <label key={option} className="flex items-center gap-1">
              <input
                type="radio"
                name={`${id}-motivation`}
                value={option}
                checked={motivation === option}
                onChange={() => setMotivation(option)}
              />
              {MOTIVATION_LABELS[option]}
            </label>
          ))}
        </fieldset>
        <div>
          <label htmlFor={`${id}-body`} className="text-stone-600">
            Note{' '}
            <span className="text-stone-400">
              (Markdown{motivation === 'HIGHLIGHTING' || motivation === 'TAGGING' ? ', optional' : ''})
            </span>
          </label>
          <textarea
            ref={bodyRef}
            id={`${id}-body`}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            rows={4}
            aria-describedby={`${id}-count`}
            className={`${COMPACT_FIELD} font-serif text-base`}
          />
          <p
            id={`${id}-count`}
            className={`mt-0.5 text-right text-xs ${isOver ? 'font-medium text-red-700' : 'text-stone-500'}`}
            data-testid="composer-count"
          >
            {body.length.toLocaleString('en')} / {MAX_BODY.toLocaleString('en')} characters{isOver ? ' — too long' : ''}
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-tags`} className="text-stone-600">
            Tags <span className="text-stone-400">(comma-separated)</span>
          </label>
          <input id={`${id}-tags`} value={tags} onChange={(e) => setTags(e.target.value)} className={COMPACT_FIELD} />
        </div>
        <fieldset className="flex gap-3">
          <legend className="mb-1 text-stone-600">Who can see it</legend>
          <label className="flex items-center gap-1">
            <input type="radio" name={`${id}-visibility`} checked={visibility === 'COHORT'} onChange={() => setVisibility('COHORT')} />
            Cohort
          </label>
          <label className="flex items-center gap-1">
            <input type="radio" name={`${id}-visibility`} checked={visibility === 'PRIVATE'} onChange={() => setVisibility('PRIVATE')} />
            Only me
          </label>
        </fieldset>
        <div aria-live="assertive">
          {error ? (
            <p className="text-red-700" data-testid="composer-error">
              {error}
            </p>
          ) : null}
        </div>
        <div className="flex items-center justify-end gap-2">
          <span className="mr-auto text-xs text-stone-500">as {authorName}</span>
          <button type="button" onClick={onClose} className="rounded px-3 py-1.5 text-stone-600 hover:bg-stone-100">
            Cancel
          </button>
          <button
            type="submit"
            disabled={isSaving}
            className="rounded bg-stone-900 px-3 py-1.5 text-white hover:bg-stone-700 disabled:opacity-60"
          >
            {isSaving ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </div>
  );
}
