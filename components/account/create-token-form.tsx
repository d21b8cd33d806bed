'use client';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { FormError } from '@/components/ui/form-error';
import { CARD, FIELD, PRIMARY, SECONDARY } from '@/components/ui/field-styles';
import { requestJson } from '@/components/ui/request-json';
import { useSubmit } from '@/components/ui/use-submit';
import type { TApiTokenSummary, TTokenScope } from '@/lib/schemas/api-v1';

/** Creates a personal access token and shows it this once; the list above refreshes from the server. */
export function CreateTokenForm() {
  const router = useRouter();
  const id = useId();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TTokenScope>('READ');
  const { isBusy, error, run } = useSubmit();
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);
  const [isCopied, setIsCopied] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(
      () => requestJson<{ token: string; apiToken: TApiTokenSummary }>('/api/account/tokens', 'POST', { name, scope }),
      (data) => {
        setCreated({ token: data.token, name: data.apiToken.name });
        setIsCopied(false);
        setName('');
        router.refresh();
      },
    );
  }

  async function copy(token: string) {
    try {
      await navigator.clipboard.writeText(token);
      setIsCopied(true);
    } catch {
      // No clipboard permission (or no secure context): the token stays selectable on screen.
      setIsCopied(false);
    }
  }

  return (
    <div className="space-y-4">
      {created ? (
        <section
          aria-labelledby={`${id}-new`}
          className="rounded border border-amber-300 bg-amber-50 p-4 text-sm"
          data-testid="new-token-panel"
        >
          <h3 id={`${id}-new`} className="font-semibold">
            Your new token “{created.name}”
          </h3>
          <p className="mt-1 text-stone-700">Copy it now: it is stored only as a hash, so it cannot be shown again.</p>
          <div className="mt-2 flex items-center gap-2">
            <code className="block flex-1 select-all break-all rounded bg-white px-2 py-1.5 font-mono text-xs" data-testid="new-token">
              {created.token}
            </code>
            <button type="button" onClick={() => void copy(created.token)} className={SECONDARY}>
              {isCopied ? 'Copied' : 'Copy'}
            </button>
          </div>
          <button type="button" onClick={() => setCreated(null)} className="mt-3 text-stone-600 underline underline-offset-4">
            I have saved it
          </button>
        </section>
      ) : null}
      <form onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`} className={`${CARD} space-y-3 text-sm`}>
        <h2 id={`${id}-title`} className="font-serif text-xl font-semibold">
          Create a token
        </h2>
        <label className="block font-medium">
          Name
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            maxLength={80}
            placeholder="e.g. reading-group notebook"
            className={FIELD}
          />
        </label>
        <fieldset>
          <legend className="font-medium">Scope</legend>
          <label className="mt-1 flex items-center gap-2">
            <input type="radio" name={`${id}-scope`} checked={scope === 'READ'} onChange={() => setScope('READ')} />
            Read — essays, claims, annotations, ratings and arguments you can see
          </label>
          <label className="mt-1 flex items-center gap-2">
            <input type="radio" name={`${id}-scope`} checked={scope === 'WRITE'} onChange={() => setScope('WRITE')} />
            Write — also annotate, rate and argue as you
          </label>
        </fieldset>
        <FormError error={error} />
        <button type="submit" disabled={isBusy || name.trim() === ''} className={PRIMARY}>
          {isBusy ? 'Creating…' : 'Create token'}
        </button>
      </form>
    </div>
  );
}
