/** One CSV line split into cells (RFC 4180 quotes, "" for a quote inside quotes). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === "," || c === ";") (out.push(cell), (cell = ""));
    else cell += c;
  }
  out.push(cell);
  return out.map((v) => v.trim());
}

const EMAIL_HEADER = /^e-?mail(\s*address)?$/i;

/**
 * The addresses of a CSV file: the column headed "email" (or "e-mail", "email address"); without such a header, the
 * first column of every line.
 */
export function csvAddresses(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/).filter((line) => line.trim());
  if (!lines.length) return [];
  const header = cells(lines[0]!);
  const column = header.findIndex((name) => EMAIL_HEADER.test(name));
  const rows = column >= 0 ? lines.slice(1) : lines;
  return rows.map((line) => cells(line)[Math.max(column, 0)] ?? "").filter(Boolean);
}
