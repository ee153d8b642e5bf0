import { indexPath, keyPath } from './problems.ts';

/** A key that appears twice in one object: JSON.parse keeps the last and drops the first silently. */
export interface DuplicateKey {
  /** The JSON path of the object holding the key. */
  readonly path: string;
  readonly key: string;
  /** Offset of the second occurrence in the text. */
  readonly offset: number;
}

export interface JsonScan {
  /** Offset of the first syntax error, if the text is not valid JSON. */
  readonly errorAt?: number;
  readonly duplicates: readonly DuplicateKey[];
}

class Stop extends Error {
  constructor(readonly at: number) {
    super(`JSON syntax error at ${at}`);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrt';

/**
 * Walks JSON text for what JSON.parse does not tell us: where a syntax error is (V8's "Unexpected
 * token" message has no position) and which object keys are duplicated.
 */
export function scanJson(text: string): JsonScan {
  let i = 0;
  const duplicates: DuplicateKey[] = [];
  const fail = (): never => {
    throw new Stop(i);
  };
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const expect = (char: string): void => {
    skipSpace();
    if (text.charAt(i) !== char) fail();
    i++;
  };

  const string = (): string => {
    const start = i;
    i++;
    for (;;) {
      const char = text.charAt(i);
      if (char === '') fail();
      if (char === '"') break;
      if (char < ' ') fail();
      if (char === '\\') {
        i++;
        const escape = text.charAt(i);
        if (escape === 'u') {
          const digits = /^[0-9a-fA-F]{0,4}/.exec(text.slice(i + 1, i + 5))?.[0] ?? '';
          i += 1 + digits.length;
          if (digits.length < 4) fail();
        } else if (escape !== '' && ESCAPES.includes(escape)) i++;
        else fail();
      } else i++;
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };

  const literal = (): void => {
    const first = text.charAt(i);
    const word = first === 't' ? 'true' : first === 'f' ? 'false' : first === 'n' ? 'null' : '';
    if (word === '') fail();
    for (const char of word) {
      if (text.charAt(i) !== char) fail();
      i++;
    }
  };

  const number = (): void => {
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) fail();
    i = NUMBER.lastIndex;
  };

  const object = (path: string): void => {
    i++;
    skipSpace();
    if (text.charAt(i) === '}') {
      i++;
      return;
    }
    const seen = new Set<string>();
    for (;;) {
      skipSpace();
      if (text.charAt(i) !== '"') fail();
      const offset = i;
      const key = string();
      if (seen.has(key)) duplicates.push({ path, key, offset });
      seen.add(key);
      expect(':');
      value(keyPath(path, key));
      skipSpace();
      if (text.charAt(i) === '}') break;
      if (text.charAt(i) !== ',') fail();
      i++;
    }
    i++;
  };

  const array = (path: string): void => {
    i++;
    skipSpace();
    if (text.charAt(i) === ']') {
      i++;
      return;
    }
    for (let index = 0; ; index++) {
      value(indexPath(path, index));
      skipSpace();
      if (text.charAt(i) === ']') break;
      if (text.charAt(i) !== ',') fail();
      i++;
    }
    i++;
  };

  const value = (path: string): void => {
    skipSpace();
    const char = text.charAt(i);
    if (char === '{') object(path);
    else if (char === '[') array(path);
    else if (char === '"') string();
    else if (char === '-' || (char >= '0' && char <= '9')) number();
    else literal();
  };

  try {
    value('');
    skipSpace();
    if (i < text.length) fail();
    return { duplicates };
  } catch (error) {
    if (error instanceof Stop) return { errorAt: error.at, duplicates };
    // Nesting deep enough to overflow the stack: JSON.parse is the judge of such text.
    if (error instanceof RangeError) return { duplicates };
    throw error;
  }
}
