/**
 * The token limit, checked on the raw query text before anything parses it. (Armor's own token
 * limit throws from inside the parser, where Yoga files it as a syntax error and answers
 * `application/json` clients with 200; this one answers 400 like the other limits, and spares
 * the parser the document altogether.)
 */
import { Lexer, Source, TokenKind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { QUERY_LIMITS, tooComplex } from './queryLimits.ts';

/** True when `query` has more than `max` tokens; false too when it does not lex (parse reports that). */
export function exceedsTokens(query: string, max: number): boolean {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      count += 1;
      if (count > max) return true;
    }
  } catch {
    return false;
  }
  return false;
}

export function tokenLimitPlugin(max: number = QUERY_LIMITS.maxTokens): Plugin {
  return {
    onParams({ params }) {
      if (typeof params.query === 'string' && exceedsTokens(params.query, max)) {
        throw tooComplex('tokens');
      }
    },
  };
}
