'use client';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { TAnnotationView } from '@/lib/schemas/annotation';
import { MAX_BODY } from '@/lib/schemas/annotation-limits';
import { deleteAnnotation, parseTags, patchAnnotation, postReply, type TApiResult } from '@/components/annotation/annotation-api';
import { COMPACT_FIELD, COMPACT_PRIMARY, COMPACT_SECONDARY } from '@/components/ui/field-styles';
import { useSubmit } from '@/components/ui/use-submit';
import { useWriteKey } from '@/components/ui/use-write-key';

type TDone = (annotation: TAnnotationView) => void;

// One request at a time; the server's refusal is shown in place and announced.
function useRequest(onDone: TDone) {
  const { isBusy, error, run: send } = useSubmit();
  async function run(request: () => Promise<TApiResult>) {
    // annotation-api answers { annotation } rather than { data }; reshape it for the shared hook.
    await send(async () => {
      const result = await request();
      return result.isOk ? { isOk: true as const, data: result.annotation } : result;
    }, onDone);
  }
  return { error, isBusy, run };
}

function ErrorLine({ error }: { error: string | null }) {
  return (
    <div aria-live="assertive">
      {error ? (
        <p className="mt-1 text-red-700" data-testid="note-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function Buttons({ isBusy, label, onCancel }: { isBusy: boolean; label: string; onCancel: () => void }) {
  return (
    <div className="mt-2 flex justify-end gap-2">
      <button type="button" onClick={onCancel} className={COMPACT_SECONDARY}>
        Cancel
      </button>
      <button type="submit" disabled={isBusy} className={COMPACT_PRIMARY}>
        {isBusy ? 'Saving…' : label}
      </button>
    </div>
  );
}

function BodyField({ label, value, onChange, extra }: { label: string; value: string; onChange: (v: string) => void; extra?: ReactNode }) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div>
      <label htmlFor={id} className="text-stone-600">
        {label} <span className="text-stone-400">(Markdown)</span>
      </label>
      <textarea
        ref={ref}
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={3}
        className={`${COMPACT_FIELD} font-serif`}
      />
      <p className={`text-right text-xs ${value.length > MAX_BODY ? 'text-red-700' : 'text-stone-500'}`}>
        {value.length.toLocaleString('en')} / {MAX_BODY.toLocaleString('en')}
      </p>
      {extra}
    </div>
  );
}

export function ReplyForm({ parentId, onDone, onCancel }: { parentId: string; onDone: TDone; onCancel: () => void }) {
  const [body, setBody] = useState('');
  const writeKey = useWriteKey();
  const { error, isBusy, run } = useRequest((reply) => {
    writeKey.settle();
    onDone(reply);
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const input = { body };
    void run(() => postReply(parentId, input, writeKey.keyFor(input)));
  }
  return (
    <form onSubmit={submit} className="mt-2" data-testid="reply-form">
      <BodyField label="Reply" value={body} onChange={setBody} />
      <ErrorLine error={error} />
      <Buttons isBusy={isBusy} label="Post reply" onCancel={onCancel} />
    </form>
  );
}

export function EditForm({ note, onDone, onCancel }: { note: TAnnotationView; onDone: TDone; onCancel: () => void }) {
  const tagsId = useId();
  const isRoot = note.parentId === null;
  // Only one's own notes are editable, and those always come with their Markdown source.
  const [body, setBody] = useState(note.body ?? '');
  const [tags, setTags] = useState(note.tags.join(', '));
  const { error, isBusy, run } = useRequest(onDone);
  function submit(event: FormEvent) {
    event.preventDefault();
    void run(() => patchAnnotation(note.id, isRoot ? { body, tags: parseTags(tags) } : { body }));
  }
  const tagField = isRoot ? (
    <>
      <label htmlFor={tagsId} className="text-stone-600">
        Tags <span className="text-stone-400">(comma-separated)</span>
      </label>
      <input id={tagsId} value={tags} onChange={(e) => setTags(e.target.value)} className={COMPACT_FIELD} />
    </>
  ) : null;
  return (
    <form onSubmit={submit} className="mt-2" data-testid="edit-form">
      <BodyField label="Edit note" value={body} onChange={setBody} extra={tagField} />
      <ErrorLine error={error} />
      <Buttons isBusy={isBusy} label="Save changes" onCancel={onCancel} />
    </form>
  );
}

export function DeleteConfirm({ noteId, onDone, onCancel }: { noteId: string; onDone: TDone; onCancel: () => void }) {
  const { error, isBusy, run } = useRequest(onDone);
  // Focus the safe choice: a stray Enter keeps the note.
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div role="group" aria-label="Confirm deletion" className="mt-2 rounded border border-red-200 bg-red-50 p-2">
      <p>Delete this note? Its replies stay, under a “[deleted]” placeholder.</p>
      <ErrorLine error={error} />
      <div className="mt-2 flex justify-end gap-2">
        <button ref={ref} type="button" onClick={onCancel} className={COMPACT_SECONDARY}>
          Keep it
        </button>
        <button
          type="button"
          disabled={isBusy}
          onClick={() => void run(() => deleteAnnotation(noteId))}
          className="rounded bg-red-700 px-2.5 py-1 text-white hover:bg-red-800 disabled:opacity-60"
        >
          {isBusy ? 'Deleting…' : 'Delete note'}
        </button>
      </div>
    </div>
  );
}
