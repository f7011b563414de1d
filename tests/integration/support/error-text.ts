/** The messages of an error and its causes (Drizzle wraps the driver's error in "Failed query: …"). */
export async function rejectionText(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const messages: string[] = [];
    for (let e = error as { message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) messages.push(String(e.message));
    return messages.join(" | ");
  }
  throw new Error("expected the promise to reject");
}
