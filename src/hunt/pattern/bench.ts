// Matching speed: compile once and match per observation (what the log sweeper does) versus a naive evaluator that
// parses and compiles the pattern again for every observation. Run: node --import tsx src/hunt/pattern/bench.ts
import { compilePattern, type Observation } from './index.ts'

/** Synthetic IIS-like observations: a client address, a URL and a user agent each. */
export function syntheticObservations(count: number): Observation[] {
  const out: Observation[] = []
  for (let i = 0; i < count; i++) {
    const t = new Date(Date.UTC(2021, 2, 2, 0, 0, i % 86_400)).toISOString()
    out.push({
      first_observed: t,
      last_observed: t,
      number_observed: 1,
      objects: {
        a: { type: 'ipv4-addr', value: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
        u: {
          type: 'url',
          value: `https://mail.example.org/owa/auth/${i % 97 === 0 ? 'x.aspx' : 'logon.aspx'}?id=${i}`,
        },
        h: { type: 'x-http-request', user_agent: i % 13 === 0 ? 'python-requests/2.25' : 'Mozilla/5.0' },
      },
    })
  }
  return out
}

export const BENCH_PATTERNS = [
  "[ipv4-addr:value = '10.0.3.7' OR ipv4-addr:value = '198.51.100.1']",
  "[url:value MATCHES '/owa/auth/[a-z0-9]+\\\\.aspx$' AND url:value LIKE '%x.aspx%']",
  "[ipv4-addr:value ISSUBSET '10.0.0.0/16'] AND [x-http-request:user_agent LIKE 'python-requests%']",
]

export function measure(
  count = 20_000,
): { pattern: string; compiledPerSec: number; naivePerSec: number; ratio: number }[] {
  const observations = syntheticObservations(count)
  return BENCH_PATTERNS.map((pattern) => {
    const compiled = compilePattern(pattern)
    if (!compiled.ok) throw new Error(compiled.error.message)
    let t = performance.now()
    let hits = 0
    for (const o of observations) if (compiled.value.match([o]).matched) hits++
    const compiledMs = performance.now() - t
    t = performance.now()
    let naiveHits = 0
    for (const o of observations) {
      const c = compilePattern(pattern)
      if (c.ok && c.value.match([o]).matched) naiveHits++
    }
    const naiveMs = performance.now() - t
    if (hits !== naiveHits) throw new Error('compiled and naive evaluators disagree')
    return {
      pattern,
      compiledPerSec: Math.round((count / compiledMs) * 1000),
      naivePerSec: Math.round((count / naiveMs) * 1000),
      ratio: Number((naiveMs / compiledMs).toFixed(1)),
    }
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of measure()) console.log(JSON.stringify(row))
}
