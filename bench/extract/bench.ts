// Extraction speed: the alias-index matcher (ATT&CK + MISP aliases, one Aho–Corasick automaton) over plain text, the
// whole extraction pipeline over a corpus of report-sized documents, and, in the same run, a single regular-expression
// pass over the same text as the baseline; plus PDF text extraction of a generated 50-page PDF.
// Run alone: node --import tsx bench/extract/bench.ts
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { compileActorMatcher, extractFromText, pdfToText } from '../../src/extract/index.ts'
import { aliasEntriesFromShared } from './shared-aliases.ts'

const shared = process.env.MOSAIC_SHARED ?? resolve(import.meta.dirname, '..', '..', '..', 'shared')

function corpus(): string[] {
  const dev = join(shared, 'extraction-dev')
  if (existsSync(dev))
    return readdirSync(dev)
      .filter((f) => /^dev\d+\.txt$/.test(f))
      .sort()
      .map((f) => readFileSync(join(dev, f), 'utf8'))
  return [
    'Microsoft attributed the intrusion to Midnight Blizzard (formerly Nobelium), a Russian APT group. ' +
      'The NCSC judges it almost certain that Russia carried out the attack on Viasat on 24 February 2022. ' +
      'C2: hxxps[:]//evil[.]example/a.php 198.51.100[.]23 and CVE-2023-38831.',
  ]
}

function time<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now()
  const value = f()
  return { ms: performance.now() - t0, value }
}

/** A PDF of `pages` pages of text, written by hand (no PDF library needed to make one). */
function makePdf(pages: number, line: string): Uint8Array {
  const objs: string[] = []
  const kids: number[] = []
  objs.push('<< /Type /Catalog /Pages 2 0 R >>')
  objs.push('') // pages, filled below
  objs.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>')
  for (let p = 0; p < pages; p++) {
    const lines: string[] = []
    for (let i = 0; i < 45; i++) lines.push(`(${line.replace(/[()\\]/g, '')}) Tj T*`)
    const stream = `BT /F1 9 Tf 11 TL 30 800 Td ${lines.join(' ')} ET`
    objs.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`)
    const contents = objs.length
    objs.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${contents} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`,
    )
    kids.push(objs.length)
  }
  objs[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${pages} >>`
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objs.forEach((o, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`
  out += `trailer\n<< /Root 1 0 R /Size ${objs.length + 1} >>\nstartxref\n${xref}\n%%EOF\n`
  return new TextEncoder().encode(out)
}

export async function runExtractBench(): Promise<object> {
  const docs = corpus()
  const entries = aliasEntriesFromShared(shared)
  const compiled = time(() => compileActorMatcher(entries))
  const matcher = compiled.value

  // ~16 MB of plain text made of the corpus repeated.
  const one = docs.join('\n\n')
  const big = one.repeat(Math.ceil((16 * 1024 * 1024) / one.length))
  const mb = Buffer.byteLength(big, 'utf8') / 1024 / 1024
  matcher.find(one) // warm-up
  const match = time(() => matcher.find(big).length)
  // Baseline: one regular-expression pass over the same text (actor-name shapes only).
  const re = /\b(?:APT ?\d{1,3}|UNC\d{3,5}|TA\d{3}|FIN\d{1,2}|[A-Z][a-z]+ (?:Panda|Bear|Kitten|Typhoon|Blizzard))\b/g
  const baseline = time(() => [...big.matchAll(re)].length)

  // Whole pipeline, document by document, over ~4 MB of report-sized documents.
  const repeats = Math.max(1, Math.ceil((4 * 1024 * 1024) / Buffer.byteLength(one, 'utf8')))
  for (const d of docs) extractFromText(d, { matcher }) // warm-up
  let pipelineBytes = 0
  const pipeline = time(() => {
    let n = 0
    for (let r = 0; r < repeats; r++)
      for (const d of docs) {
        n += extractFromText(d, { matcher }).attributions.length
        pipelineBytes += Buffer.byteLength(d, 'utf8')
      }
    return n
  })
  const pipelineMb = pipelineBytes / 1024 / 1024

  const pdf = makePdf(
    50,
    'The NCSC assesses that APT28 almost certainly targeted ministries in Poland using CVE-2023-23397 and 198.51.100.23.',
  )
  await pdfToText(makePdf(1, 'warm up'), 'warm.pdf')
  const t0 = performance.now()
  const pdfText = await pdfToText(pdf, 'bench.pdf')
  const pdfMs = performance.now() - t0

  const result = {
    aliasIndex: { entries: entries.length, patterns: matcher.patternCount, compileMs: Math.round(compiled.ms) },
    matcher: {
      textMB: +mb.toFixed(1),
      mentions: match.value,
      ms: Math.round(match.ms),
      mbPerSecond: +(mb / (match.ms / 1000)).toFixed(1),
    },
    regexBaseline: {
      matches: baseline.value,
      ms: Math.round(baseline.ms),
      mbPerSecond: +(mb / (baseline.ms / 1000)).toFixed(1),
    },
    matcherToRegexTimeRatio: +(match.ms / baseline.ms).toFixed(2),
    pipeline: {
      documents: repeats * docs.length,
      textMB: +pipelineMb.toFixed(1),
      attributions: pipeline.value,
      ms: Math.round(pipeline.ms),
      mbPerSecond: +(pipelineMb / (pipeline.ms / 1000)).toFixed(2),
    },
    pdf50Pages: { pages: pdfText.pages, bytes: pdf.length, ms: Math.round(pdfMs), chars: pdfText.text.length },
  }
  return result
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runExtractBench().then((r) => console.log(JSON.stringify(r, null, 2)))
}
