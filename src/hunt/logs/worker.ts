// Worker-thread side of the log sweep: receive the shared literal table (no copy) and the pattern texts once, then
// sweep files (or parts of files) on request and send back each result.
import { parentPort } from 'node:worker_threads'
import { LiteralTable, type LiteralTableData } from './literal-table.ts'
import { PatternScreen } from './patterns.ts'
import { type FilePart, type SweepFileOptions, sweepPart } from './sweep-file.ts'

interface Init {
  table: LiteralTableData
  patterns: string[]
  options: SweepFileOptions
}

let table: LiteralTable | null = null
let screen: PatternScreen | null = null
let options: SweepFileOptions = {}
parentPort!.on(
  'message',
  async (m: { init?: Init; index?: number; path?: string; display?: string; part?: FilePart | null }) => {
    if (m.init) {
      table = new LiteralTable(m.init.table)
      screen = m.init.patterns.length > 0 ? new PatternScreen(m.init.patterns) : null
      options = m.init.options
      parentPort!.postMessage({ started: true })
      return
    }
    const before = screen?.problems.length ?? 0
    const result = await sweepPart(m.path!, m.display!, table!, options, screen, m.part ?? null)
    parentPort!.postMessage({
      index: m.index,
      result: { ...result, problems: screen ? screen.problems.slice(before) : [] },
    })
  },
)
parentPort!.postMessage({ ready: true })
