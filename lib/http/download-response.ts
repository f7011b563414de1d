/** A streamed file as an attachment that no cache keeps and no browser sniffs into something else. */
export function downloadResponse(download: { filename: string; contentType: string; body: ReadableStream<Uint8Array> }): Response {
  return new Response(download.body, {
    headers: {
      "content-type": download.contentType,
      "content-disposition": `attachment; filename="${download.filename}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
