/**
 * A message about a whole form or action (not one field): an error read out at once, or a
 * success note read out politely. `form` is the boxed style of account and import forms,
 * `inline` the plain red line used beside controls.
 */
import type { ReactNode } from 'react';
import { isShown } from './Field';

export interface FormMessageProps {
  /** Nothing is rendered while this is null, undefined, false or empty. */
  children: ReactNode;
  look?: 'form' | 'inline';
  /** `div` where the message holds blocks (lists, paragraphs). */
  as?: 'p' | 'div';
}

export function FormError({ children, look = 'form', as: Tag = 'p' }: FormMessageProps) {
  if (!isShown(children)) return null;
  return (
    <Tag className={look === 'form' ? 'form-error' : 'inline-error'} role="alert">
      {children}
    </Tag>
  );
}

export function FormSuccess({ children }: { children: ReactNode }) {
  if (!isShown(children)) return null;
  return (
    <p className="form-success" role="status">
      {children}
    </p>
  );
}
