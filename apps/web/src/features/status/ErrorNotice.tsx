// A failed request, said plainly, with a way to try again.
import type { JSX } from 'react';
import { describeError } from './describeError.ts';
import './status.css';

export interface ErrorNoticeProps {
  readonly error: unknown;
  readonly onRetry?: () => void;
  readonly busy?: boolean;
}

export function ErrorNotice({ error, onRetry, busy = false }: ErrorNoticeProps): JSX.Element {
  const { title, detail, retryable } = describeError(error);
  return (
    <div className="notice notice-error" role="alert">
      <div>
        <p className="notice-title">{title}</p>
        <p className="notice-detail">{detail}</p>
      </div>
      {retryable && onRetry !== undefined && (
        <button type="button" className="button" onClick={onRetry} disabled={busy}>
          {busy ? 'Retrying…' : 'Retry'}
        </button>
      )}
    </div>
  );
}
