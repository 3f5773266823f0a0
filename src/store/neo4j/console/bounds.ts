/**
 * Lock 3 of the read-only console: every loop inside one expression must be bounded before the
 * query runs. Neo4j stops a query between rows when its time is up, but not inside an expression:
 * `reduce(s = 0, x IN range(1, 2000000000) | s + x)` keeps a core busy long after its transaction
 * was terminated, and `[x IN range(1, 100000000) | toString(x)]` fills the heap with values no
 * memory limit counts. So, read through the same Cypher lexer as tokens.ts:
 * - `range()` in an expression needs bounds the check can size — whole numbers, integer
 *   parameters, or `size(list) ± n` — and at most MAX_STEPS values;
 * - every iteration — a list comprehension `[x IN l …]`, `reduce()`, `all/any/none/single()` —
 *   costs the size of its list times the cost of its body; `reduce()` counts its list twice (what
 *   it accumulates can grow at every step). A list the check cannot size (one made by collect(),
 *   a property) counts as UNSIZED_LIST. No chain of nested iterations may cost over MAX_STEPS.
 * `UNWIND range(…) AS x` is not an expression loop: it makes rows, which Neo4j's time limit stops.
 */
import neo4j from "neo4j-driver";
import { ForbiddenQueryError } from "./errors.ts";
import { cypherTokens, type Token } from "./lexer.ts";

/** The most values one range(), or steps one chain of nested iterations, may take. */
export const MAX_STEPS = 1_000_000;
/** What a list of unknown size counts as. */
export const UNSIZED_LIST = 100;

const isName = (t: Token | undefined) => t !== undefined && /^(?:[A-Za-z_][\w]*|`[^`]*`)$/.test(t.text);
const lower = (t: Token | undefined) => t?.text.toLowerCase();
const fmt = (n: number) => Math.round(n).toLocaleString("en");
const OPEN: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

/** A size the check knows, or the size of some list it cannot know (size(l) ± n, a collect()ed list). */
type Size = { known: number } | { unsized: true };

export class ExpressionBounds {
  readonly #t: Token[];
  /** Index of each opening bracket's closing one. */
  readonly #close = new Map<number, number>();

  constructor(
    query: string,
    private readonly params: Record<string, unknown>,
  ) {
    this.#t = cypherTokens(query);
    const stack: number[] = [];
    this.#t.forEach((tok, i) => {
      if (tok.text in OPEN) stack.push(i);
      else if (tok.text === ")" || tok.text === "]" || tok.text === "}") {
        const open = stack.pop();
        if (open !== undefined) this.#close.set(open, i);
      }
    });
  }

  /** Throws ForbiddenQueryError for the first expression loop that is not bounded. */
  check(): void {
    try {
      this.#cost(0, this.#t.length);
    } catch (e) {
      // Thousands of nested loops exhaust the check's stack before any cap is reached.
      if (e instanceof RangeError) throw new ForbiddenQueryError("refused: the query nests loops too deeply for the check to bound them");
      throw e;
    }
  }

  #text(from: number, to: number): string {
    const text = this.#t
      .slice(from, to)
      .map((t) => t.text)
      .join(" ")
      .replace(/ ?([(),[\]]) ?/g, "$1")
      .replace(/,/g, ", ");
    return text.length > 80 ? `${text.slice(0, 77)}…` : text;
  }

  /** The closing bracket of the one at `open`, or the end. */
  #end(open: number): number {
    return this.#close.get(open) ?? this.#t.length;
  }

  /** Index of the first token at bracket depth 0 in [from, to) whose lower-cased text is in `stops`. */
  #find(from: number, to: number, stops: string[]): number {
    for (let i = from; i < to; i++) {
      const text = lower(this.#t[i]) ?? "";
      if (stops.includes(text)) return i;
      if (text in OPEN) i = this.#end(i);
    }
    return to;
  }

  /**
   * The most steps any chain of nested iterations in [from, to) takes (1 if none), refusing any
   * over MAX_STEPS on the way.
   */
  #cost(from: number, to: number): number {
    let most = 1;
    for (let i = from; i < to; i++) {
      const tok = this.#t[i] as Token;
      const next = this.#t[i + 1];
      const name = lower(tok);
      let cost = 1;
      let skipTo = i;
      if (name === "range" && next?.text === "(" && !(i > 0 && this.#t[i - 1]?.text === ".")) {
        const close = this.#end(i + 1);
        // UNWIND range(…) AS x makes rows (stopped by the time limit), whatever its bounds.
        const direct = lower(this.#t[i - 1]) === "unwind" && lower(this.#t[close + 1]) === "as";
        cost = Math.max(direct ? 1 : this.#steps(this.#rangeSize(i, close)), this.#cost(i + 2, close));
        skipTo = close;
      } else if (name === "reduce" && next?.text === "(") {
        // reduce(acc = init, x IN list | body)
        const close = this.#end(i + 1);
        const comma = this.#find(i + 2, close, [","]);
        const inAt = this.#find(comma + 1, close, ["in"]);
        const bar = this.#find(inAt + 1, close, ["|"]);
        if (bar >= close) continue; // not reduce(acc = init, x IN list | body): Neo4j says what is wrong
        const n = this.#steps(this.#listSize(inAt + 1, bar));
        cost = Math.max(this.#cost(i + 2, comma), this.#cost(inAt + 1, bar));
        cost = Math.max(cost, this.#bound(n * n * this.#cost(bar + 1, close), i, close + 1));
        skipTo = close;
      } else if (["all", "any", "none", "single"].includes(name ?? "") && next?.text === "(" && isName(this.#t[i + 2])) {
        // all(x IN list WHERE predicate)
        const close = this.#end(i + 1);
        if (lower(this.#t[i + 3]) === "in") {
          const where = this.#find(i + 4, close, ["where"]);
          const n = this.#steps(this.#listSize(i + 4, where));
          cost = Math.max(this.#cost(i + 4, where), this.#bound(n * this.#cost(where + 1, close), i, close + 1));
          skipTo = close;
        }
      } else if (tok.text === "[" && isName(next) && lower(this.#t[i + 2]) === "in") {
        // [x IN list WHERE predicate | projection]
        const close = this.#end(i);
        const body = this.#find(i + 3, close, ["where", "|"]);
        const n = this.#steps(this.#listSize(i + 3, body));
        cost = Math.max(this.#cost(i + 3, body), this.#bound(n * this.#cost(body + 1, close), i, close + 1));
        skipTo = close;
      }
      most = Math.max(most, cost);
      i = skipTo;
    }
    return most;
  }

  #steps(size: Size): number {
    return "known" in size ? Math.max(size.known, 1) : UNSIZED_LIST;
  }

  #bound(steps: number, from: number, to: number): number {
    if (steps > MAX_STEPS) {
      throw new ForbiddenQueryError(
        `refused: \`${this.#text(from, to)}\` may take ${fmt(steps)} steps; an expression here may take at most ${fmt(MAX_STEPS)} ` +
          "(nested loops multiply, reduce() counts its list twice, a list of unknown size counts as " +
          `${UNSIZED_LIST}). For more, make rows: UNWIND range(…) AS x … RETURN sum(x) or collect(x)`,
      );
    }
    return steps;
  }

  /** The size of the list expression in [from, to). */
  #listSize(from: number, to: number): Size {
    const first = this.#t[from];
    if (!first) return { unsized: true };
    const last = to - 1;
    // range(…)
    if (lower(first) === "range" && this.#t[from + 1]?.text === "(" && this.#end(from + 1) === last) return this.#rangeSize(from, last);
    // [a, b, c], or a comprehension [x IN list …] (never larger than its list)
    if (first.text === "[" && this.#end(from) === last) {
      if (isName(this.#t[from + 1]) && lower(this.#t[from + 2]) === "in") {
        return this.#listSize(from + 3, this.#find(from + 3, last, ["where", "|"]));
      }
      if (from + 1 === last) return { known: 0 };
      let items = 1;
      for (let i = this.#find(from + 1, last, [","]); i < last; i = this.#find(i + 1, last, [","])) items++;
      return { known: items };
    }
    // $param
    if (first.text === "$" && from + 2 === to) {
      const value = this.params[(this.#t[from + 1] as Token).text.replace(/`/g, "")];
      if (Array.isArray(value)) return { known: value.length };
    }
    return { unsized: true };
  }

  /** range(lo, hi[, step]) at `at`, its ")" at `close`: its size, or a refusal saying why it has none. */
  #rangeSize(at: number, close: number): Size {
    const args: [number, number][] = [];
    for (let i = at + 2; i < close; ) {
      const comma = this.#find(i, close, [","]);
      args.push([i, comma]);
      i = comma + 1;
    }
    const bounds = args.map(([a, b]) => this.#integer(a, b));
    const shown = `\`${this.#text(at, close + 1)}\``;
    const unsizable = bounds.indexOf(undefined);
    if (args.length < 2 || args.length > 3 || unsizable >= 0) {
      const arg = args[unsizable];
      throw new ForbiddenQueryError(
        `refused: the check cannot size ${shown}${arg ? ` (its argument \`${this.#text(arg[0], arg[1])}\`)` : ""}: ` +
          "range() here takes whole numbers, integer parameters or size(list) ± a number, and makes at most " +
          `${fmt(MAX_STEPS)} values (UNWIND range(…) AS x, which makes rows, takes any bounds)`,
      );
    }
    const [lo, hi, step = { known: 1 }] = bounds as [Size, Size, Size?];
    const tooBig = (s: Size | undefined) => s !== undefined && "known" in s && Math.abs(s.known) > MAX_STEPS;
    let size: Size = { unsized: true };
    if ("known" in lo && "known" in hi && "known" in step) {
      size = { known: step.known === 0 ? 0 : Math.max(0, Math.floor((hi.known - lo.known) / step.known) + 1) };
    } else if (tooBig(lo) || tooBig(hi)) {
      size = { known: Number.POSITIVE_INFINITY };
    }
    if ("known" in size && size.known > MAX_STEPS) {
      throw new ForbiddenQueryError(
        `refused: ${shown} makes ${Number.isFinite(size.known) ? fmt(size.known) : `more than ${fmt(MAX_STEPS)}`} values; range() in an expression may make at most ${fmt(MAX_STEPS)} ` +
          "(UNWIND range(…) AS x, which makes rows that Neo4j's time limit stops, takes any bounds)",
      );
    }
    return size;
  }

  /** A whole number (literal or parameter), size(…) ± a number (unsized), or undefined. */
  #integer(from: number, to: number): Size | undefined {
    const t = this.#t.slice(from, to).map((x) => x.text);
    let sign = 1;
    let rest = t;
    if (rest[0] === "-" || rest[0] === "+") {
      sign = rest[0] === "-" ? -1 : 1;
      rest = rest.slice(1);
    }
    if (rest.length === 1 && /^(?:\d+|0x[0-9a-f]+|0o[0-7]+)$/i.test(rest[0] ?? "")) {
      const text = (rest[0] as string).toLowerCase();
      const value = text.startsWith("0o") ? Number.parseInt(text.slice(2), 8) : Number(text);
      return { known: sign * value };
    }
    if (rest.length === 2 && rest[0] === "$") {
      const value = this.params[(rest[1] as string).replace(/`/g, "")];
      if (neo4j.isInt(value)) return { known: sign * value.toNumber() };
      if (typeof value === "number" && Number.isInteger(value)) return { known: sign * value };
      return undefined;
    }
    // size(…) [± a whole number]
    if (sign === 1 && lower(this.#t[from]) === "size" && this.#t[from + 1]?.text === "(") {
      const close = this.#end(from + 1);
      if (close + 1 === to) return { unsized: true };
      const tail = this.#t.slice(close + 1, to).map((x) => x.text);
      if (tail.length === 2 && (tail[0] === "+" || tail[0] === "-") && /^\d{1,7}$/.test(tail[1] ?? "")) return { unsized: true };
    }
    return undefined;
  }
}

/** Throws ForbiddenQueryError for the first loop in an expression that is not bounded (see above). */
export function checkExpressionBounds(query: string, params: Record<string, unknown> = {}): void {
  new ExpressionBounds(query, params).check();
}
