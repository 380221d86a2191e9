/** pdf.js's parser module (its modern build), loaded by src/ingest/pdf.ts for the engine's display layer to use. */
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
