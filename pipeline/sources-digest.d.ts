/** A digest of the TypeScript sources under the project's src/ and pipeline/, by path and content. */
export function sourcesDigest(root: URL): string;
