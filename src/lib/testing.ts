// Test helpers: where the read-only shared data lives, and how tests skip cleanly when it is absent.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (this file is src/lib/testing.ts). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** `../shared` beside the repository (read-only; never write into it). Override with MOSAIC_SHARED. */
export const sharedDir = process.env.MOSAIC_SHARED ?? resolve(repoRoot, '..', 'shared')

/** A path inside shared/, or undefined when it is not there (tests then skip with a reason). */
export function sharedPath(...parts: string[]): string | undefined {
  const p = join(sharedDir, ...parts)
  return existsSync(p) ? p : undefined
}

/** The texts of the extraction development set's documents (dev01.txt …), none when the set is absent. */
export function devDocumentTexts(): string[] {
  const dev = sharedPath('extraction-dev')
  if (!dev) return []
  return readdirSync(dev)
    .filter((f) => /^dev\d+\.txt$/.test(f))
    .map((f) => readFileSync(join(dev, f), 'utf8'))
}

/**
 * Real report texts for tests that compare a fast path with a plain one over a corpus: the development set's documents
 * when ../shared is present, else the repository's own annotated fixture texts (fixtures/extraction-check to -check3),
 * so that such a test keeps a corpus of real text, and its "enough matches to mean something" floor, either way.
 */
export function corpusTexts(): string[] {
  const dev = devDocumentTexts()
  if (dev.length) return dev
  const out: string[] = []
  for (const set of ['extraction-check', 'extraction-check2', 'extraction-check3']) {
    const dir = join(repoRoot, 'fixtures', set)
    if (!existsSync(dir)) continue
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.txt'))
      .sort())
      out.push(readFileSync(join(dir, f), 'utf8'))
  }
  return out
}

/** A small deterministic generator of numbers in [0, 1): tests that draw random inputs draw the same ones on every run. */
export function seededRandom(seed: number): () => number {
  let x = seed >>> 0
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0
    return x / 2 ** 32
  }
}

/**
 * `n` texts, each `least` to `least + spread - 1` of `pieces` drawn at random (the words an expression is made of,
 * spaces and neighbours), from `seed`. With `upper`, a piece is written in capitals with that chance; with `capital`,
 * with that further chance its first letter only. The gates' tests run an expression and its cheap test over them.
 */
export function randomPieceTexts(
  seed: number,
  pieces: readonly string[],
  n: number,
  shape: { least: number; spread: number; upper?: number; capital?: number },
): string[] {
  const next = seededRandom(seed)
  const out: string[] = []
  for (let round = 0; round < n; round++) {
    let t = ''
    for (let i = shape.least + Math.floor(next() * shape.spread); i > 0; i--) {
      const p = pieces[Math.floor(next() * pieces.length)]!
      if (shape.upper === undefined) {
        t += p
        continue
      }
      const r = next()
      t +=
        r < shape.upper
          ? p.toUpperCase()
          : r < shape.upper + (shape.capital ?? 0)
            ? p.charAt(0).toUpperCase() + p.slice(1)
            : p
    }
    out.push(t)
  }
  return out
}

/** `{ skip: reason }` for node:test when a shared file is missing. */
export function skipUnless(path: string | undefined): { skip?: string } {
  return path ? {} : { skip: 'shared data not present' }
}

/** A fresh temporary directory under the OS temp folder, and a function that removes it. */
export function tempDir(prefix = 'mosaic-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}
