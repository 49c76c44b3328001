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

/** `{ skip: reason }` for node:test when a shared file is missing. */
export function skipUnless(path: string | undefined): { skip?: string } {
  return path ? {} : { skip: 'shared data not present' }
}

/** A fresh temporary directory under the OS temp folder, and a function that removes it. */
export function tempDir(prefix = 'mosaic-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}
