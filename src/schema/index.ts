export * from './diagnostic.ts';
export * from './line.ts';
export * from './document.ts';
export * from './run.ts';
export * from './source.ts';
export * from './pdf.ts';
export * from './alignment.ts';
export * from './flag.ts';
