/**
 * The bench's child process: runs the corpus extraction (the code `npm run extract` runs) on a folder
 * and prints its time and the process's peak memory as JSON. A process per run keeps each peak its own.
 * usage: tsx tests/support/corpus-run.ts <folder> <out> <jobs>
 */
import { extractCorpus } from "../../loaders/corpus/run.js";
import { articleFilesIn } from "../../loaders/input/files.js";

const [folder, out, jobs] = process.argv.slice(2);
const files = articleFilesIn([folder]);
const start = performance.now();
const { failed } = await extractCorpus(files, { out, jobs: Number(jobs) });
const seconds = (performance.now() - start) / 1000;
// maxRSS is in kilobytes and covers the worker threads, which share the process.
process.stdout.write(`${JSON.stringify({ articles: files.length, failed, seconds, peakMb: process.resourceUsage().maxRSS / 1024 })}\n`);
