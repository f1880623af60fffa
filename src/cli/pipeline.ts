// Streams an input of JSONL lines through processBatch(), in this thread or on worker threads,
// and writes the outputs in input order. Memory stays bounded: lines are read with readline
// (which pauses the stream when we stop pulling), at most a few batches are in flight, and
// reading waits whenever stdout asks us to (backpressure).
import { once } from 'node:events';
import { createReadStream, statSync, type ReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { BatchResult, Job, JobConfig, LineStat } from './record.js';

/**
 * Lines per batch sent to a worker, by default (`--batch-lines`).
 *
 * @example
 * ```ts
 * BATCH_LINES; //=> 256
 * ```
 */
export const BATCH_LINES = 256;
/** Batches in flight per worker before reading pauses. */
const IN_FLIGHT_PER_WORKER = 4;
/** Inputs shorter than this never show progress. */
const PROGRESS_MIN_LINES = 5000;

/**
 * The data a worker thread is started with.
 *
 * @example
 * ```ts
 * const data: WorkerData = { netiquetteCliWorker: true, config };
 * ```
 */
export interface WorkerData {
  readonly netiquetteCliWorker: true;
  readonly config: JobConfig;
}

/** A message to a worker: a batch of lines. */
interface Task {
  readonly seq: number;
  readonly first: number;
  readonly lines: readonly string[];
}

/** A worker's answer: the batch's output and stats, with its sequence number. */
type Done = BatchResult & { readonly seq: number };

/**
 * Where lines come from: a file path, or `-`/undefined for stdin.
 *
 * @example
 * ```ts
 * const input: LineInput = openInput('comments.jsonl');
 * ```
 */
export interface LineInput {
  readonly lines: AsyncIterable<string>;
  /** Total bytes when known (a file), for the ETA. */
  readonly size: number | null;
  /** Bytes read so far. */
  readonly bytesRead: () => number;
  /** Stops reading (used when the output closes early). */
  readonly close: () => void;
}

/**
 * Opens a file (or stdin for `-` or no path) as a stream of lines.
 *
 * @throws Error with a readable message when the file cannot be read.
 * @example
 * ```ts
 * for await (const line of openInput('-').lines) console.log(line);
 * ```
 */
export function openInput(path: string | undefined): LineInput {
  let stream: NodeJS.ReadableStream & { bytesRead?: number };
  let size: number | null = null;
  if (path === undefined || path === '-') {
    stream = process.stdin;
  } else {
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info) throw new Error(`cannot read ${path}: no such file`);
    if (info.isDirectory()) throw new Error(`cannot read ${path}: it is a directory`);
    size = info.isFile() ? info.size : null;
    stream = createReadStream(path) as ReadStream;
  }
  const rl = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY, terminal: false });
  return {
    lines: rl,
    size,
    bytesRead: () => (typeof stream.bytesRead === 'number' ? stream.bytesRead : 0),
    close: () => rl.close(),
  };
}

/**
 * Options of {@link runPipeline}.
 *
 * @example
 * ```ts
 * const options: PipelineOptions = { jobs: 2, workerUrl: new URL(import.meta.url), output: process.stdout };
 * ```
 */
export interface PipelineOptions {
  /** Worker threads; 1 processes in this thread. @default 1 */
  readonly jobs: number;
  /** Lines per batch. @default 256 */
  readonly batchLines?: number;
  /** The module a worker runs (the CLI entry itself, which turns into a worker off the main thread). */
  readonly workerUrl: URL;
  readonly output: Writable;
  /** Called with each line's stats, in input order. */
  readonly onStat: (stat: LineStat) => void;
  /** Where progress goes (a TTY), or null for none. */
  readonly progress: NodeJS.WriteStream | null;
}

function startWorker(url: URL, config: JobConfig): Worker {
  const workerData: WorkerData = { netiquetteCliWorker: true, config };
  if (url.pathname.endsWith('.ts')) {
    // Running from source under tsx: loader hooks do not follow into worker threads on Node 20,
    // so the worker registers tsx itself before importing the entry.
    const tsx = import.meta.resolve('tsx/esm/api');
    const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`;
    return new Worker(code, { eval: true, workerData });
  }
  return new Worker(url, { workerData });
}

function formatRate(n: number): string {
  return Math.round(n).toLocaleString('en-CA');
}

/**
 * Streams every line of `input` through the job, writes outputs in input order, and reports
 * each line's stats.
 *
 * @example
 * ```ts
 * await runPipeline(openInput('in.jsonl'), config, { jobs: 2, workerUrl, output: process.stdout, onStat, progress: null });
 * ```
 */
export async function runPipeline(input: LineInput, config: JobConfig, options: PipelineOptions): Promise<void> {
  const { output, onStat } = options;
  const jobs = Math.max(1, options.jobs);
  const batchLines = Math.max(1, options.batchLines ?? BATCH_LINES);
  // Nothing heavy is loaded or started before the first line: empty input stays instant.
  let inline: { readonly job: Job; readonly run: (lines: readonly string[], first: number, job: Job) => BatchResult } | null = null;
  const workers: Worker[] = [];
  const results = new Map<number, BatchResult>();
  let nextSeq = 0;
  let nextToWrite = 0;
  let inFlight = 0;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const signal = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };

  const started = performance.now();
  let linesDone = 0;
  let lastProgress = 0;
  let progressShown = false;
  const showProgress = (final: boolean): void => {
    const tty = options.progress;
    if (!tty || linesDone < PROGRESS_MIN_LINES) return;
    const now = performance.now();
    if (!final && now - lastProgress < 250) return;
    lastProgress = now;
    const seconds = (now - started) / 1000;
    const rate = linesDone / Math.max(seconds, 0.001);
    let eta = '';
    if (input.size && input.size > 0) {
      const done = Math.min(1, input.bytesRead() / input.size);
      if (done > 0 && done < 1) eta = ` · ETA ${Math.ceil((seconds * (1 - done)) / done)} s`;
    }
    tty.write(`\r\u001b[2K${formatRate(linesDone)} lines · ${formatRate(rate)}/s${final ? ` · ${seconds.toFixed(1)} s` : eta}`);
    progressShown = true;
    if (final) tty.write('\n');
  };

  const flush = (): void => {
    let r = results.get(nextToWrite);
    while (r) {
      results.delete(nextToWrite);
      nextToWrite += 1;
      if (r.out) output.write(r.out);
      for (const stat of r.stats) onStat(stat);
      linesDone += r.stats.length;
      r = results.get(nextToWrite);
    }
    showProgress(false);
  };

  const onDone = (message: Done): void => {
    inFlight -= 1;
    results.set(message.seq, { out: message.out, stats: message.stats });
    flush();
    signal();
  };

  const start = async (): Promise<void> => {
    if (jobs === 1) {
      const record = await import('./record.js');
      inline = { job: record.prepareJob(config), run: record.processBatch };
      return;
    }
    for (let i = 0; i < jobs; i++) {
      const worker = startWorker(options.workerUrl, config);
      worker.on('message', onDone);
      worker.on('error', (error) => {
        failure ??= error instanceof Error ? error : new Error(String(error));
        signal();
      });
      worker.on('exit', (code) => {
        if (code !== 0 && !failure) failure = new Error(`a worker thread stopped with code ${code}`);
        signal();
      });
      workers.push(worker);
    }
  };

  let robin = 0;
  const submit = (lines: string[], first: number): void => {
    const seq = nextSeq++;
    if (inline) {
      results.set(seq, inline.run(lines, first, inline.job));
      flush();
      return;
    }
    inFlight += 1;
    const task: Task = { seq, first, lines };
    const worker = workers[robin++ % workers.length];
    worker?.postMessage(task);
  };

  const waitFor = async (condition: () => boolean): Promise<void> => {
    while (!condition() && !failure) {
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
    if (failure) throw failure;
  };

  try {
    let batch: string[] = [];
    let batchFirst = 1;
    let lineNo = 0;
    // A partial batch is sent as soon as the reader has to wait for input, so that a slow
    // producer (a pipe fed line by line) still gets its verdicts promptly.
    let flushScheduled = false;
    const flushPartial = (): void => {
      flushScheduled = false;
      if (batch.length > 0) {
        submit(batch, batchFirst);
        batch = [];
        batchFirst = lineNo + 1;
      }
    };
    let started = false;
    for await (const raw of input.lines) {
      if (!started) {
        started = true;
        await start();
      }
      lineNo += 1;
      const line = lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (batch.length === 0) batchFirst = lineNo;
      batch.push(line);
      if (batch.length >= batchLines) {
        submit(batch, batchFirst);
        batch = [];
      } else if (!flushScheduled) {
        flushScheduled = true;
        setImmediate(flushPartial);
      }
      if (failure) throw failure;
      if (jobs > 1 && inFlight >= jobs * IN_FLIGHT_PER_WORKER) await waitFor(() => inFlight < jobs * IN_FLIGHT_PER_WORKER);
      if (output.writableNeedDrain) await once(output, 'drain');
    }
    if (batch.length > 0) submit(batch, batchFirst);
    batch = [];
    await waitFor(() => inFlight === 0);
    flush();
    if (progressShown) showProgress(true);
  } finally {
    input.close();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
