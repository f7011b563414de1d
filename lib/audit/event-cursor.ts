/** A position in the newest-first order of the log: (occurred_at, id), opaque to clients. */
export type EventPosition = { at: Date; id: number };
export type PageCursor = { direction: "older" | "newer"; position: EventPosition };

export function encodeCursor(cursor: PageCursor): string {
  const text = `${cursor.direction === "older" ? "o" : "n"}|${cursor.position.at.toISOString()}|${cursor.position.id}`;
  return Buffer.from(text, "utf8").toString("base64url");
}

/** Undefined for anything that is not a cursor this code made (a tampered cursor just starts from the newest page). */
export function decodeCursor(value: string | undefined | null): PageCursor | undefined {
  if (!value || value.length > 200) return undefined;
  const [dir, at, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  const date = new Date(at ?? "");
  const numericId = Number(id);
  if ((dir !== "o" && dir !== "n") || Number.isNaN(date.getTime()) || !Number.isSafeInteger(numericId) || numericId < 1) return undefined;
  return { direction: dir === "o" ? "older" : "newer", position: { at: date, id: numericId } };
}
