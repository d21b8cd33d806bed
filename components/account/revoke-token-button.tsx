'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormError } from '@/components/ui/form-error';
import { DANGER, SECONDARY } from '@/components/ui/field-styles';
import { requestJson } from '@/components/ui/request-json';
import { useSubmit } from '@/components/ui/use-submit';

/** Revokes a token after a second click: whatever uses it stops working at once, for good. */
export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const router = useRouter();
  const [isConfirming, setIsConfirming] = useState(false);
  const { isBusy, error, run } = useSubmit();

  async function revoke() {
    await run(
      () => requestJson<{ token: { id: string } }>(`/api/account/tokens/${encodeURIComponent(tokenId)}`, 'DELETE'),
      () => {
        setIsConfirming(false);
        router.refresh();
      },
    );
  }

  if (!isConfirming) {
    return (
      <button type="button" onClick={() => setIsConfirming(true)} className={DANGER} aria-label={`Revoke ${name}`}>
        Revoke
      </button>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" onClick={() => void revoke()} disabled={isBusy} className={DANGER}>
        {isBusy ? 'Revoking…' : 'Yes, revoke'}
      </button>
      <button type="button" onClick={() => setIsConfirming(false)} disabled={isBusy} className={SECONDARY}>
        Cancel
      </button>
      <FormError error={error} />
    </div>
  );
}
