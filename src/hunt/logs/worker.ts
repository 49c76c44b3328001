// Worker-thread side of the log sweep: build the matcher once from the literal table, then sweep files on request.
import { parentPort, workerData } from 'node:worker_threads'
import type { CompiledLiterals } from './indicators.ts'
import { LiteralMatcher } from './matcher.ts'
import { type SweepFileOptions, sweepFile } from './sweep-file.ts'

const { compiled, options } = workerData as { compiled: CompiledLiterals; options: SweepFileOptions }
const matcher = new LiteralMatcher(compiled)
parentPort!.on('message', async (job: { index: number; path: string; display: string }) => {
  const result = await sweepFile(job.path, job.display, matcher, options)
  parentPort!.postMessage({ index: job.index, result })
})
parentPort!.postMessage({ ready: true })
