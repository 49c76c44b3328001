// Runs every src/**/*.test.ts with node:test. Node 20 cannot glob .ts test files itself and exits 0 on
// zero files, which CI would read as "ran no test" — so list them here and refuse an empty run.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const roots = ['src', 'bench']
const files = roots
  .flatMap((root) => {
    try {
      return (readdirSync(root, { recursive: true }) as string[]).map((f) => join(root, f))
    } catch {
      return []
    }
  })
  .filter((f) => /\.test\.tsx?$/.test(f) && !f.includes('node_modules'))
  .sort()
const only = process.argv.slice(2)
const selected = only.length > 0 ? files.filter((f) => only.some((o) => f.includes(o))) : files
if (selected.length === 0) {
  console.error('no test files found under src/')
  process.exit(1)
}
const reporter = process.stdout.isTTY ? 'spec' : 'tap'
const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-reporter=${reporter}`, '--test-concurrency=2', ...selected],
  { stdio: 'inherit' },
)
process.exit(r.status ?? 1)
