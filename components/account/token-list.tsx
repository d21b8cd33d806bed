import { RevokeTokenButton } from '@/components/account/revoke-token-button';
import type { TApiTokenSummary } from '@/lib/schemas/api-v1';

const day = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** The viewer's tokens: what each may do, when it was last used, and a way to revoke it. */
export function TokenList({ tokens }: { tokens: TApiTokenSummary[] }) {
  if (tokens.length === 0) {
    return <p className="rounded border border-dashed border-stone-300 p-6 text-sm text-stone-600">No tokens yet.</p>;
  }
  return (
    <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white text-sm" data-testid="token-list">
      {tokens.map((token) => (
        <li key={token.id} className="flex flex-wrap items-center justify-between gap-3 p-4" data-testid="token" data-token-id={token.id}>
          <div>
            <p className="font-medium">
              {token.name}{' '}
              <span className="ml-1 rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700" data-testid="token-scope">
                {token.scope === 'WRITE' ? 'Read and write' : 'Read only'}
              </span>
            </p>
            <p className="mt-1 text-stone-600">
              Created {day(token.createdAt)} · {token.lastUsedAt ? `last used ${day(token.lastUsedAt)}` : 'never used'}
            </p>
          </div>
          {token.revokedAt ? (
            <span className="text-stone-500" data-testid="token-status">
              Revoked {day(token.revokedAt)}
            </span>
          ) : (
            <RevokeTokenButton tokenId={token.id} name={token.name} />
          )}
        </li>
      ))}
    </ul>
  );
}
