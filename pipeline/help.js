// @ts-check
/**
 * The help texts of the `osce` command, in plain JavaScript: bin/osce.js
 * prints them without loading TypeScript or any stage, so a first `osce
 * --help` answers at once. pipeline/cli.ts prints the same texts.
 */

export const HELP = `osce — OSCE/ODIHR election statements into structured, checked records

Usage:
  osce run <file|dir>... --out <dir>   process statements (PDF, or PDF-to-text .txt) into <dir>
  osce eval [dir...]                   compare the pipeline's output with the manuscripts (default: corpus)
  osce diff <old-out> <new-out>        what changed between two runs, record by record
  osce <command> --help                help on one command

Exit status: 0 success, 1 some input failed, 2 usage error.`;

export const RUN_HELP = `osce run <file|dir>... --out <dir> [options]

Reads every .txt and .pdf file given, or found in the folders given, and writes
  <dir>/statements/<statementId>/<lang>.json    one Document per input
  <dir>/statements/<statementId>/...            alignment, flags, TMX, review page
  <dir>/corpus/*.jsonl, corpus.sqlite           every record of the run's statements
  <dir>/run.json                                the manifest: inputs, status, errors
A file that cannot be read is recorded in run.json with its error; the others
are still processed. Inputs run in parallel in worker processes, each input
and each statement under a deadline and a memory cap: a worker that passes
either is killed and replaced, and its input fails alone ("timeout",
"too-large"); nothing it had started is written. Every file is
written atomically (a temporary file, then a rename), so a run killed at any
moment and started again ends with the same output. One run at a time per
<dir>: a second one is refused (exit 2). On a terminal a progress bar shows
counts, rate and time left; otherwise one line per input.

Options:
  --out <dir>   output folder (required)
  --quiet       print nothing but errors
  --json        print the run manifest as JSON when done (and no progress)
  --force       process every input again; by default an input whose content,
                path and pipeline version are unchanged since the last run into
                <dir> is read back (status "cached" in run.json)
  --jobs <n>    worker processes (default: the number of cores); with 1, inputs
                still run in a worker, under the same limits
  --timeout <s> seconds an input may take before its page count is known
                (default 60); each page then adds 1% of it; a statement's
                alignment and checks get twice as long
  --page-timeout <s> seconds one page of a PDF may take to read (default 10)
  --max-memory <mb>  memory a worker may hold (default 1024)
  --max-size <mb>    larger files are refused unread (default 100)
  --max-pages <n>    PDFs of more pages are refused (default 1000)
  --no-spelling skip the spelling check (saves loading the Hunspell dictionaries,
                some seconds for Russian)
  --no-corpus   do not write <dir>/corpus/
  --help        this text

Exit status: 0 every input ok, 1 some input failed (the rest is written),
2 usage error, output folder in use or not writable.`;

export const EVAL_HELP = `osce eval [dir|file...] [--verbose] [--json]

For every input named <lang>[.variant].txt|pdf with a manuscript <lang>.md beside
it, prints precision, recall and F1 of headings, paragraphs, sentences,
footnotes and footnote references. Default folders: corpus, tests/fixtures.
The versions of one statement printed alike (en.x.txt, ru.x.txt, kk.x.txt) are
read together, as osce run reads a statement: each takes the paragraph breaks
the others show where its own text hid them.

Options:
  --verbose     list every missed and extra item
  --alone       read every input by itself, without its other language versions
  --align       score sentence and footnote alignment of the manuscripts of one statement
                (default corpus/kz-2012-parliamentary), clean and damaged, against a length-only baseline
  --checks      plant defects into the manuscripts of one statement and score the checks (recall, precision per kind)
  --seeds <n>   with --checks: cases per kind and translation (default 8; the kind's forms taken in turn)
  --jobs <n>    with --checks: processes to share the cases (default: the number of cores)
  --kinds <k,…> with --checks: plant only these kinds (default all: number, date, url, untranslated, omission, addition, footnote-drop, footnote-move, garbled, term, meaning, spelling)
  --pdf         with --checks: the PDFs with planted defects of tests/fixtures/mutations, through the whole pipeline
  --claims      score the claims stage against corpus/<id>/claims.<lang>.tsv (corpus/CLAIMS.md)
  --summary     one line per input: F1 of headings, paragraphs, sentences; footnotes and
                references as found/gold(+extra)
  --json        print the figures as JSON`;

export const DIFF_HELP = `osce diff <old-out> <new-out> [--md] [--json]

Compares the records two runs wrote (sections, sentences, footnotes, claims,
alignment links, flags), per statement and language. Records are matched by
content, so one inserted sentence is one addition; a record removed and one
added that are nearly the same text show as one change. Summary counts first,
then each change with the text around it.

Options:
  --md          a Markdown report to paste into a review
  --json        the changes as JSON, for tools
  --help        this text

Exit status: 0 nothing changed, 1 something changed, 2 error.`;

/** The help of each command, by name. */
export const COMMAND_HELP = { run: RUN_HELP, eval: EVAL_HELP, diff: DIFF_HELP };
