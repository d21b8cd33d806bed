'use client';

import { SECONDARY } from '@/components/ui/field-styles';

/** Opens the browser's print dialog; the page's print styles make a paper digest of it. */
export function PrintButton() {
  return (
    <button type="button" className={SECONDARY} onClick={() => window.print()}>
      Print
    </button>
  );
}
