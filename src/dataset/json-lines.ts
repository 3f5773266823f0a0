/**
 * Where each value of a JSON text starts: path (`members[12]`, `themes[3].iscms[2]`) → line
 * (1-based), so an issue can name the line a relationship sits on. The text is known to parse.
 */
export function jsonLines(text: string, maxDepth = 4): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i] as string)) {
      if (text[i] === "\n") line++;
      i++;
    }
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string, depth: number): void => {
    skipSpace();
    if (path) lines.set(path, line);
    const ch = text[i];
    if (ch === "{") {
      i++;
      skipSpace();
      while (text[i] !== "}") {
        const key = readString();
        skipSpace();
        i++; // :
        const child = path ? `${path}.${key}` : key;
        if (depth < maxDepth) value(child, depth + 1);
        else skipValue();
        skipSpace();
        if (text[i] === ",") i++;
        skipSpace();
      }
      i++;
    } else if (ch === "[") {
      i++;
      skipSpace();
      let n = 0;
      while (text[i] !== "]") {
        if (depth < maxDepth) value(`${path}[${n}]`, depth + 1);
        else skipValue();
        n++;
        skipSpace();
        if (text[i] === ",") i++;
        skipSpace();
      }
      i++;
    } else skipValue();
  };
  const skipValue = (): void => {
    skipSpace();
    const ch = text[i];
    if (ch === '"') {
      readString();
      return;
    }
    if (ch === "{" || ch === "[") {
      let depth = 0;
      do {
        const c = text[i];
        if (c === '"') {
          readString();
          continue;
        }
        if (c === "\n") line++;
        if (c === "{" || c === "[") depth++;
        if (c === "}" || c === "]") depth--;
        i++;
      } while (depth > 0 && i < text.length);
      return;
    }
    while (i < text.length && !/[,\]}\s]/.test(text[i] as string)) i++;
  };
  value("", 0);
  return lines;
}
