// The page a list is on. Named by the question the list answers: when the question changes (another
// scope, other filters) the list starts again at its first page, since old cursors belong to the
// old question and the API would refuse them.
import { useState } from 'react';
import {
  FIRST_PAGE,
  currentAfter,
  nextPage,
  pageIndex,
  previousPage,
  type PageStack,
} from './pageStack.ts';

export interface Pages {
  /** The `after` cursor of the current page (null on the first). */
  readonly after: string | null;
  /** 0 for the first page. */
  readonly index: number;
  readonly stack: PageStack;
  /** Opens the page after the current one, from its `pageInfo.endCursor`. */
  readonly next: (endCursor: string | null) => void;
  readonly previous: () => void;
}

export function usePages(question: string | null): Pages {
  const [state, setState] = useState<{ question: string | null; stack: PageStack }>({
    question,
    stack: FIRST_PAGE,
  });
  const stack = state.question === question ? state.stack : FIRST_PAGE;
  return {
    after: currentAfter(stack),
    index: pageIndex(stack),
    stack,
    next: (endCursor) => {
      setState({ question, stack: nextPage(stack, endCursor) });
    },
    previous: () => {
      setState({ question, stack: previousPage(stack) });
    },
  };
}
