import { parentPort, workerData } from 'node:worker_threads';
import type { ValidateOptions } from './index.js';
import { validateFiles } from './index.js';

/** A validation worker: one share of the files, with the edition's ids known to all workers. */
const { files, options, owners } = workerData as { files: string[]; options: ValidateOptions; owners: [string, string[]][] };
parentPort!.postMessage(validateFiles(files, options, new Map(owners)));
