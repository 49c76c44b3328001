import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { repoRoot, tempDir } from '../../lib/testing.ts'

const MEDIA = 'application/taxii+json;version=2.1'

test('mosaic taxii serve answers real HTTP on a free loopback port and exits 0 on SIGTERM', async () => {
  const { dir, cleanup } = tempDir('mosaic-taxii-')
  const seed = join(dir, 'seed.json')
  copyFileSync(join(repoRoot, 'fixtures', 'taxii', 'seed.json'), seed)
  // --port 0 lets the OS pick a free port; the server reports the one it got on stderr.
  const child = spawn(
    process.execPath,
    [
      join(repoRoot, 'bin', 'mosaic.js'),
      'taxii',
      'serve',
      '--seed',
      seed,
      '--host',
      '127.0.0.1',
      '--port',
      '0',
      '--user',
      'admin:Password0',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let err = ''
      const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 20_000)
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString()
        const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(err)
        if (m) {
          clearTimeout(timer)
          resolve(Number(m[1]))
        }
      })
      child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${err}`)))
    })
    const auth = `Basic ${Buffer.from('admin:Password0').toString('base64')}`
    const res = await fetch(`http://127.0.0.1:${port}/taxii2/`, { headers: { accept: MEDIA, authorization: auth } })
    assert.equal(res.status, 200)
    assert.equal(res.headers.get('content-type'), MEDIA)
    assert.equal(((await res.json()) as { title: string }).title, 'Mosaic test TAXII server')
    const denied = await fetch(`http://127.0.0.1:${port}/taxii2/`, { headers: { accept: MEDIA } })
    assert.equal(denied.status, 401)
    await denied.text()
    child.kill('SIGTERM')
    assert.equal(await exited, 0)
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    cleanup()
  }
})

test('mosaic taxii serve refuses a seed that is not JSON with exit code 2', async () => {
  const { dir, cleanup } = tempDir('mosaic-taxii-')
  try {
    const seed = join(dir, 'seed.json')
    const { writeFileSync } = await import('node:fs')
    writeFileSync(seed, '{"/discovery": ')
    const child = spawn(process.execPath, [join(repoRoot, 'bin', 'mosaic.js'), 'taxii', 'serve', '--seed', seed], {
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let err = ''
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString()
    })
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)))
    assert.equal(code, 2, err)
    assert.match(err, /not JSON/)
  } finally {
    cleanup()
  }
})
