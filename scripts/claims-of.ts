/** Prints the claims the claims stage reads in a sentence (a debugging aid): npx tsx scripts/claims-of.ts <lang> "<text>" */
import { claimsOfText } from '../src/claims/index.ts';
import { resources } from '../src/lang/index.ts';
import type { Lang } from '../src/schema/index.ts';

for (const c of claimsOfText(process.argv[3]!, resources(process.argv[2] as Lang))) console.log(`${c.kind}\t${JSON.stringify(c.value)}\t«${c.text}»\tunit=${c.unit} q=${c.qualifier} subject=${c.subject}`);
