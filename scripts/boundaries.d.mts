// Types for boundaries.mjs, so that TypeScript tests can import it.

export interface Rule {
  /** Parts of src/ a relative import may point into; anything else (even outside src/) crosses. */
  readonly onlyInto?: readonly string[];
  /** Parts of src/ a relative import must not point into. */
  readonly never?: readonly string[];
  /** npm packages it must not import; '@scope/*' means the whole scope. */
  readonly noPackages?: readonly string[];
  /** The rule about relative imports, as printed after "crosses a boundary:". */
  readonly pathText: string;
}

export interface Violation {
  file: string;
  line: number;
  specifier: string;
  rule: string;
}

export interface Token {
  type: 'word' | 'string' | 'punct';
  value: string;
  line: number;
}

export type Target =
  | { kind: 'path'; path: string }
  | { kind: 'package'; name: string }
  | { kind: 'builtin'; name: string };

export declare const RULES: Readonly<Record<'model' | 'sim' | 'worker' | 'share' | 'cli', Rule>>;
export declare function tokenize(src: string): Token[];
export declare function findImports(source: string): { specifier: string; line: number }[];
export declare function partOf(path: string): string | null;
export declare function resolveSpecifier(file: string, specifier: string): Target;
export declare function checkFile(file: string, source: string): Violation[];
export declare function checkFiles(files: Iterable<{ path: string; source: string }>): Violation[];
export declare function formatViolation(v: Violation): string;
