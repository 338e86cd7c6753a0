// A CSV export as a download: streamed chunk by chunk, never cached, never sniffed.
export function csvResponse(out: { filename: string; chunks: string[] }) {
  const enc = new TextEncoder()
  let i = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < out.chunks.length) controller.enqueue(enc.encode(out.chunks[i++]))
      else controller.close()
    },
  })
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${out.filename.replace(/[^\w.-]/g, '_')}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
