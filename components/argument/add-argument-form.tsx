'use client';

import { useRouter } from 'next/navigation';
import { useId, useRef, useState, useTransition, type FormEvent } from 'react';
import type { TAddArgument } from '@/lib/schemas/argument';
import { MAX_ARGUMENT_TEXT, MAX_ELABORATION } from '@/lib/schemas/argument-limits';
import { postArgument } from './argument-api';
import { useSubmit } from '@/components/ui/use-submit';
import { useWriteKey } from '@/components/ui/use-write-key';

type TProps = {
  slug: string;
  target: { type: 'claim' | 'argument'; id: string };
  stance: 'SUPPORT' | 'ATTACK';
  /** The button that opens the form, e.g. "Add an argument for". */
  openLabel: string;
};

/**
 * Adds an argument for or against a claim or another argument. On an essay claim an attack is a
 * rebuttal ("the claim is false"); on an argument it may also be an undercut ("even if true, it
 * does not bear on what it answers"). The server's message is shown as is when it refuses.
 */
export function AddArgumentForm({ slug, target, stance, openLabel }: TProps) {
  const router = useRouter();
  const formId = useId();
  const openButton = useRef<HTMLButtonElement>(null);
  const [isOpen, setIsOpen] = useState(false);
  const [text, setText] = useState('');
  const [elaboration, setElaboration] = useState('');
  const [attackKind, setAttackKind] = useState<'REBUT' | 'UNDERCUT'>('REBUT');
  const { isBusy: isSending, error, run, clearError } = useSubmit();
  const writeKey = useWriteKey();
  const [isRefreshing, startRefresh] = useTransition();
  const canUndercut = stance === 'ATTACK' && target.type === 'argument';

  function close() {
    setIsOpen(false);
    clearError();
    openButton.current?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input: TAddArgument = {
      target,
      stance,
      attackKind: stance === 'ATTACK' ? (canUndercut ? attackKind : 'REBUT') : null,
      text,
      elaboration: elaboration.trim() === '' ? null : elaboration,
    };
    await run(
      () => postArgument(slug, input, writeKey.keyFor(input)),
      () => {
        writeKey.settle();
        setText('');
        setElaboration('');
        setIsOpen(false);
        startRefresh(() => router.refresh());
      },
    );
  }

  if (!isOpen) {
    return (
      <button
        ref={openButton}
        type="button"
        onClick={() => setIsOpen(true)}
        disabled={isRefreshing}
        className={`mt-2 rounded border px-2 py-1 text-xs font-medium disabled:opacity-60 ${stance === 'SUPPORT' ? 'border-green-700 text-green-800 hover:bg-green-50' : 'border-red-700 text-red-800 hover:bg-red-50'}`}
      >
        {openLabel}
      </button>
    );
  }

  return (
    <form
      onSubmit={(e) => void submit(e)}
      aria-label={openLabel}
      className="mt-2 space-y-2 rounded border border-stone-300 bg-stone-50 p-3 text-sm"
      data-testid="add-argument-form"
    >
      <div>
        <label htmlFor={`${formId}-text`} className="block font-medium">
          Argument
        </label>
        <textarea
          id={`${formId}-text`}
          required
          autoFocus
          rows={2}
          maxLength={MAX_ARGUMENT_TEXT}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${formId}-count`}
          className="mt-1 w-full rounded border border-stone-300 bg-white p-2"
        />
        <p id={`${formId}-count`} className="text-right text-xs text-stone-500">
          {text.length}/{MAX_ARGUMENT_TEXT} — one short claim; reasons go below
        </p>
      </div>
      <div>
        <label htmlFor={`${formId}-elaboration`} className="block font-medium">
          Elaboration (optional)
        </label>
        <textarea
          id={`${formId}-elaboration`}
          rows={3}
          maxLength={MAX_ELABORATION}
          value={elaboration}
          onChange={(e) => setElaboration(e.target.value)}
          className="mt-1 w-full rounded border border-stone-300 bg-white p-2"
        />
      </div>
      {canUndercut ? (
        <fieldset>
          <legend className="font-medium">How does it attack?</legend>
          <label className="mt-1 flex items-start gap-2">
            <input
              type="radio"
              name={`${formId}-kind`}
              value="REBUT"
              checked={attackKind === 'REBUT'}
              onChange={() => setAttackKind('REBUT')}
              className="mt-1"
            />
            <span>
              Rebut <span className="text-stone-600">— it is false</span>
            </span>
          </label>
          <label className="flex items-start gap-2">
            <input
              type="radio"
              name={`${formId}-kind`}
              value="UNDERCUT"
              checked={attackKind === 'UNDERCUT'}
              onChange={() => setAttackKind('UNDERCUT')}
              className="mt-1"
            />
            <span>
              Undercut <span className="text-stone-600">— even if true, it does not bear on what it answers</span>
            </span>
          </label>
        </fieldset>
      ) : null}
      {error ? (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={isSending}
          className="rounded bg-stone-900 px-3 py-1 text-white hover:bg-stone-700 disabled:opacity-60"
        >
          {isSending ? 'Posting…' : 'Post argument'}
        </button>
        <button type="button" onClick={close} className="px-2 text-stone-600 underline underline-offset-4">
          Cancel
        </button>
      </div>
    </form>
  );
}
