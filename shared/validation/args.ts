// The arguments of a named read (shared/queries), checked by a few lines that
// speak Standard Schema — what Zero's defineQuery takes — instead of zod, whose
// ~26 KB the device would otherwise download before its first screen (zod stays
// for the writes and the forms, which load later). Only what reads need: an
// object of strings and numbers, lengths, a pattern. Like zod's objects, an
// object keeps only the keys it names. The server checks every read's
// arguments with these too, and refuses what fails.
type Issue = {message: string; path: PropertyKey[]};
type Parse<T> = (value: unknown, path: PropertyKey[], issues: Issue[]) => T;

/** Standard Schema v1 (standardschema.dev), the shape Zero reads; written out to need no package. */
type StandardSchema<T> = {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => {readonly value: T; readonly issues?: undefined} | {readonly issues: readonly Issue[]};
    readonly types?: {readonly input: T; readonly output: T};
  };
};

export type Arg<T> = StandardSchema<T> & {
  readonly parse: Parse<T>;
  /** Also accepts undefined. */
  optional(): Arg<T | undefined>;
};

function arg<T>(parse: Parse<T>): Arg<T> {
  return {
    parse,
    optional: () => arg<T | undefined>((v, path, issues) => (v === undefined ? undefined : parse(v, path, issues))),
    '~standard': {
      version: 1,
      vendor: 'dot',
      validate(value) {
        const issues: Issue[] = [];
        const out = parse(value, [], issues);
        return issues.length ? {issues} : {value: out};
      },
    },
  };
}

const fail = (issues: Issue[], path: PropertyKey[], message: string) => void issues.push({message, path: [...path]});

type StringArg = Arg<string> & {max(n: number): StringArg; regex(re: RegExp): StringArg};
function string(checks: ((s: string) => string | null)[] = []): StringArg {
  const base = arg<string>((v, path, issues) => {
    if (typeof v !== 'string') fail(issues, path, 'expected a string');
    else
      for (const check of checks) {
        const problem = check(v);
        if (problem) fail(issues, path, problem);
      }
    return v as string;
  });
  return Object.assign(base, {
    max: (n: number) => string([...checks, (s) => (s.length > n ? `longer than ${n}` : null)]),
    regex: (re: RegExp) => string([...checks, (s) => (re.test(s) ? null : `does not match ${re}`)]),
  });
}

type NumberArg = Arg<number> & {int(): NumberArg; min(n: number): NumberArg};
function number(checks: ((x: number) => string | null)[] = []): NumberArg {
  const base = arg<number>((v, path, issues) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) fail(issues, path, 'expected a number');
    else
      for (const check of checks) {
        const problem = check(v);
        if (problem) fail(issues, path, problem);
      }
    return v as number;
  });
  return Object.assign(base, {
    int: () => number([...checks, (x) => (Number.isInteger(x) ? null : 'expected an integer')]),
    min: (n: number) => number([...checks, (x) => (x < n ? `less than ${n}` : null)]),
  });
}

type ArrayArg<T> = Arg<T[]> & {max(n: number): ArrayArg<T>};
function array<T>(item: Arg<T>, most = Infinity): ArrayArg<T> {
  const base = arg<T[]>((v, path, issues) => {
    if (!Array.isArray(v)) {
      fail(issues, path, 'expected an array');
      return v as T[];
    }
    if (v.length > most) fail(issues, path, `more than ${most} items`);
    return v.map((x, i) => item.parse(x, [...path, i], issues));
  });
  return Object.assign(base, {max: (n: number) => array(item, n)});
}

type Shape = Record<string, Arg<unknown>>;
type Out<S extends Shape> = {[K in keyof S as undefined extends ReturnType<S[K]['parse']> ? never : K]: ReturnType<S[K]['parse']>} & {
  [K in keyof S as undefined extends ReturnType<S[K]['parse']> ? K : never]?: ReturnType<S[K]['parse']>;
};
type Flat<T> = {[K in keyof T]: T[K]};

function object<S extends Shape>(shape: S): Arg<Flat<Out<S>>> {
  return arg((v, path, issues) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      fail(issues, path, 'expected an object');
      return v as Flat<Out<S>>;
    }
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const value = check.parse((v as Record<string, unknown>)[key], [...path, key], issues);
      if (value !== undefined) out[key] = value;
    }
    return out as Flat<Out<S>>;
  });
}

/** Builders named as zod's, so a read's arguments read the same: v.object({id: v.string().max(64)}). */
export const v = {object, string: () => string(), number: () => number(), array: <T>(item: Arg<T>) => array(item)};
