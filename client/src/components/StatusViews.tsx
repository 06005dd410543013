/** Loading, empty and error states that say what is happening and what to do. */
import type { ReactNode } from 'react';
import { GraphQLRequestError } from '../graphql';

export function Loading({ what, height = 240 }: { what: string; height?: number }) {
  return (
    <div
      className="status status-loading"
      style={{ minHeight: height }}
      role="status"
      aria-live="polite"
    >
      <span className="spinner" aria-hidden="true" />
      Loading {what}…
    </div>
  );
}

/** What to do about an error, by its code. */
export function errorAdvice(error: Error): string {
  const code = error instanceof GraphQLRequestError ? error.code : undefined;
  switch (code) {
    case 'NETWORK':
      return 'Check that the Fairshare server is running and your connection works, then try again.';
    case 'BAD_USER_INPUT':
      return 'One of the filters is not valid for this view. Change or clear the filters, then try again.';
    case 'FORBIDDEN':
    case 'UNAUTHENTICATED':
      return 'You may not see this data. Sign in with an account that may, or widen the view to public data.';
    default:
      return 'Try again. If it keeps happening, reload the page; the link keeps your view.';
  }
}

export function ErrorState({
  error,
  what,
  onRetry,
}: {
  error: Error;
  what: string;
  onRetry?: () => void;
}) {
  return (
    <div className="status status-error" role="alert">
      <p>
        <strong>The {what} could not be loaded.</strong> {error.message}
      </p>
      <p>{errorAdvice(error)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function EmptyState({
  title,
  children,
  onWiden,
}: {
  title: string;
  children?: ReactNode;
  /** Offers a button that clears the filters. */
  onWiden?: () => void;
}) {
  return (
    <div className="status status-empty">
      <p>
        <strong>{title}</strong>
      </p>
      {children}
      {onWiden && (
        <button type="button" onClick={onWiden}>
          Clear all filters
        </button>
      )}
    </div>
  );
}
