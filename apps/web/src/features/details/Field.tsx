// One labelled fact in a details list; renders nothing when the value is absent.
import type { JSX, ReactNode } from 'react';

export function Field({
  label,
  children,
}: {
  label: string;
  children: ReactNode;
}): JSX.Element | null {
  if (children === undefined || children === null || children === false || children === '')
    return null;
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
