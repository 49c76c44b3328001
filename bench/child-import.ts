// Runs one import in its own process and reports its peak RSS, so the figure is the import's alone.
import { importSource } from '../src/ingest/importer.ts'
import { openSource } from '../src/ingest/source.ts'
import { openSqlite } from '../src/store/sqlite/sqlite-store.ts'

const [file, db] = process.argv.slice(2)
if (!file || !db) throw new Error('usage: child-import.ts FILE DB')
const t0 = process.hrtime.bigint()
const store = await openSqlite(db)
const r = await importSource(store, openSource(file))
await store.close()
const ms = Number(process.hrtime.bigint() - t0) / 1e6
process.stdout.write(
  `${JSON.stringify({ committed: r.committed, objects: r.created + r.updated + r.unchanged, ms, peak_rss_mb: process.resourceUsage().maxRSS / 1024 })}\n`,
)
