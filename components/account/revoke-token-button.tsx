'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormError } from '@/components/ui/form-error';
import { DANGER, SECONDARY } from '@/components/ui/field-styles';
import { requestJson } from '@/components/ui/request-json';

/** Revokes a token after a second click: whatever uses it stops working at once, for good. */
export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const router = useRouter();
  const [isConfirming, setIsConfirming] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function revoke() {
    setIsBusy(true);
    setError(null);
    const result = await requestJson<{ token: { id: string } }>(`/api/account/tokens/${encodeURIComponent(tokenId)}`, 'DELETE');
    setIsBusy(false);
    if (!result.isOk) {
      setError(result.error);
      return;
    }
    setIsConfirming(false);
    router.refresh();
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
