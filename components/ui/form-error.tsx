/** A refusal from the server, in place; the wrapper is always rendered so screen readers announce it. */
export function FormError({ error, testId = 'form-error' }: { error: string | null; testId?: string }) {
  return (
    <div aria-live="assertive">
      {error ? (
        <p role="alert" data-testid={testId} className="mt-2 rounded bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
