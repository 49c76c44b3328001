// File-tree detections (spec §4.9, §5): hashes, paths, drop locations and the content rules for web shells.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { gunzipSync } from 'node:zlib'
import { utf16Heuristic } from '../logs/line-reader.ts'
import { finding, type RecordContext } from './catalog.ts'
import { isServerSide, OWA_ALLOW_LIST } from './log-rules.ts'
import type { IocTables } from './tables.ts'
import type { Finding, Severity } from './types.ts'

/** How a file's bytes were decoded for the content rules (spec §5.2). */
export type ContentEncoding = 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'latin-1'

/** Decode raw bytes as spec §5.2 says: BOM, else the UTF-16 pair heuristic, else Latin-1 byte for byte. */
export function decodeContent(bytes: Buffer): { text: string; encoding: ContentEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8-bom' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16be' }
  const guess = utf16Heuristic(bytes)
  if (guess === 'utf-16le') return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' }
  if (guess === 'utf-16be') return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' }
  return { text: bytes.toString('latin1'), encoding: 'latin-1' }
}

const SERVER_MARKER = /<%|runat\s*=\s*["']?server/i
const SCRIPT_TOKEN = /<script|page\s+language|runat\s*=\s*["']?server/i
// The `/*…*/` comment part is bounded to 1,000 characters per comment so a file full of `eval/*` without a closing
// `*/` cannot make the scan quadratic; real droppers use short comments (`eval/*asf*/(`).
const COMMENTS = String.raw`(?:\/\*[\s\S]{0,1000}?\*\/\s*)*`
const P1 = new RegExp(
  String.raw`\beval\s*${COMMENTS}\(\s*Request\b\s*(?:\.\s*(?:Item|Form|QueryString|Params|Headers|Cookies)\s*)?[\[\(]`,
  'gis',
)
const P2 = new RegExp(
  String.raw`\beval\s*${COMMENTS}\(\s*System\s*\.\s*Text\s*\.\s*Encoding\s*\.\s*\w+\s*\.\s*GetString\s*\(\s*(?:System\s*\.\s*)?Convert\s*\.\s*FromBase64String\s*\(\s*Request\b`,
  'gis',
)
const P3_SAVE = /Request\s*\.\s*Files\s*\[\s*0\s*\]\s*\.\s*SaveAs\s*\(/is
const P3_WRITER = /new\s+System\.IO\.StreamWriter\s*\(\s*Request\.Form\s*\[/is
const P3_WRITE = /\.Write\s*\(\s*Request\.Form\s*\[/is

function firstQualifying(re: RegExp, text: string, window: number): number {
  re.lastIndex = 0
  for (;;) {
    const m = re.exec(text)
    if (!m) return -1
    if (
      text
        .slice(m.index, m.index + window)
        .toLowerCase()
        .includes('unsafe')
    )
      return m.index
    re.lastIndex = m.index + 1
  }
}

/** FS-002 on decoded text: the severity and the index of the qualifying match, or null. */
export function webShellCode(text: string): { severity: Severity; index: number; pattern: string } | null {
  if (!SERVER_MARKER.test(text)) return null
  const lower = text.toLowerCase()
  if (lower.includes('eval')) {
    const i1 = lower.includes('request') ? firstQualifying(P1, text, 200) : -1
    const i2 = lower.includes('frombase64string') ? firstQualifying(P2, text, 300) : -1
    const best = [i1, i2].filter((i) => i >= 0)
    if (best.length > 0) {
      const index = Math.min(...best)
      return { severity: 'critical', index, pattern: index === i1 ? 'P1' : 'P2' }
    }
  }
  const save = P3_SAVE.exec(text)
  const writer = P3_WRITER.exec(text)
  const write = P3_WRITE.exec(text)
  const candidates: number[] = []
  if (save) candidates.push(save.index)
  if (writer && write) candidates.push(Math.min(writer.index, write.index))
  if (candidates.length === 0) return null
  return { severity: 'high', index: Math.min(...candidates), pattern: 'P3' }
}

function lineOf(text: string, index: number): number {
  let n = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) n++
  return n
}

function around(text: string, index: number, max = 512): string {
  const start = Math.max(0, index - 128)
  return text.slice(start, start + max)
}

/** A candidate file of the tree (spec §4.9). */
export interface CandidateFile {
  /** Reported name (relative, `/` separators, `.gz` kept). */
  file: string
  absPath: string
  /** Windows path of the name without `.gz`. */
  winPath: string
}

/** Lower-cased install roots; the FS-004 table of spec §5.1. Returns the severity or null. */
export function dropLocationSeverity(winPathLower: string, installRoots: readonly string[]): Severity | null {
  const base = winPathLower.slice(winPathLower.lastIndexOf('\\') + 1)
  const ss = isServerSide(base)
  let sev: Severity | null = null
  const raise = (s: Severity) => {
    if (sev === null || (s === 'high' && sev !== 'critical')) sev = s
  }
  if (ss && /^[a-z]:\\inetpub\\wwwroot\\aspnet_client\\/.test(winPathLower)) raise('high')
  for (const root of installRoots) {
    if (!winPathLower.startsWith(root)) continue
    const rest = winPathLower.slice(root.length)
    if (rest.startsWith('frontend\\httpproxy\\ecp\\auth\\') && base !== 'timeoutlogoff.aspx') raise('high')
    if (ss && /^frontend\\httpproxy\\owa\\auth\\(current|\d+\.\d+\.\d+(\.\d+)?)\\/.test(rest)) raise('high')
    if (ss && rest.startsWith('frontend\\httpproxy\\oab\\')) raise('high')
    const owaAuth = 'frontend\\httpproxy\\owa\\auth\\'
    if (ss && rest.startsWith(owaAuth) && !rest.slice(owaAuth.length).includes('\\') && !OWA_ALLOW_LIST.has(base))
      raise('medium')
  }
  return sev
}

const MAX_CONTENT = 64 * 1024 * 1024

async function sha256File(path: string): Promise<string> {
  const h = createHash('sha256')
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) h.update(chunk as Buffer)
  return h.digest('hex')
}

/** Everything the file rules need besides the file. */
export interface FileRuleContext {
  host: string
  iocs: IocTables
  installRoots: string[]
}

/**
 * Run FS-001…FS-007 and FS-009 on one candidate (FS-008 is decided after every other finding is known, so this
 * returns the file facts of an FS-008 candidate as `archive` instead). Never throws for unreadable files: the error is returned.
 */
export async function scanCandidate(
  c: CandidateFile,
  ctx: FileRuleContext,
): Promise<{ findings: Finding[]; archive: Record<string, unknown> | null; bytes: number; error: string | null }> {
  const out: Finding[] = []
  const rctx: RecordContext = { host: ctx.host, file: c.file, line: null, type: 'file' }
  const lowerWin = c.winPath.toLowerCase()
  const base = lowerWin.slice(lowerWin.lastIndexOf('\\') + 1)
  const gz = c.file.toLowerCase().endsWith('.gz')
  const isConfig = /^[a-z]:\\windows\\system32\\inetsrv\\config\\applicationhost\.config$/.test(lowerWin)
  const serverSide = isServerSide(base)
  let size = 0
  let mtime: string | null = null
  try {
    const st = await stat(c.absPath)
    size = st.size
    mtime = st.mtime.toISOString()
  } catch (e) {
    return { findings: [], archive: null, bytes: 0, error: (e as Error).message }
  }
  let raw: Buffer | null = null
  let content: Buffer | null = null
  let sha: string
  let shaInner: string | null = null
  try {
    if ((serverSide || isConfig || gz) && size <= MAX_CONTENT) {
      raw = await readFile(c.absPath)
      sha = createHash('sha256').update(raw).digest('hex')
      content = raw
      if (gz) {
        try {
          content = gunzipSync(raw, { maxOutputLength: MAX_CONTENT })
          shaInner = createHash('sha256').update(content).digest('hex')
        } catch {
          content = null
        }
      }
    } else {
      sha = await sha256File(c.absPath)
    }
  } catch (e) {
    return { findings: [], archive: null, bytes: size, error: (e as Error).message }
  }
  const fileInfo = { windowsPath: c.winPath, size, sha256: sha, mtime }

  // FS-001: known-bad hash.
  const hashRows = [...(ctx.iocs.sha256.get(sha) ?? []), ...(shaInner ? (ctx.iocs.sha256.get(shaInner) ?? []) : [])]
  if (hashRows.length > 0) out.push(finding('EXH-FS-001', rctx, { extracted: fileInfo, iocMatches: hashRows }))

  // FS-004: unexpected file in a drop location.
  const dropSev = dropLocationSeverity(lowerWin, ctx.installRoots)
  if (dropSev !== null) {
    const nameRows = ctx.iocs.filename.get(base) ?? []
    out.push(finding('EXH-FS-004', rctx, { severity: dropSev, extracted: fileInfo, iocMatches: [...nameRows] }))
  }

  // FS-005: published web-shell path.
  const pathRows = ctx.iocs.filepath.get(lowerWin)
  if (pathRows) out.push(finding('EXH-FS-005', rctx, { extracted: fileInfo, iocMatches: [...pathRows] }))

  // FS-007: LSASS dump where HAFNIUM left them.
  if (/^[a-z]:\\(root|windows\\temp)\\/.test(lowerWin) && /^lsass\..*dmp$/.test(base)) {
    out.push(finding('EXH-FS-007', rctx, { extracted: fileInfo }))
  }

  // Content rules: server-side pages (FS-002/003/006) and applicationHost.config (FS-009).
  if (content !== null && (serverSide || isConfig)) {
    const { text, encoding } = decodeContent(content)
    const info = { ...fileInfo, encoding }
    if (serverSide) {
      const shell = webShellCode(text)
      if (shell) {
        out.push(
          finding(
            'EXH-FS-002',
            { ...rctx, line: lineOf(text, shell.index) },
            {
              severity: shell.severity,
              extracted: { ...info, pattern: shell.pattern },
              evidence: around(text, shell.index),
            },
          ),
        )
      }
      const lower = text.toLowerCase()
      const scriptToken = SCRIPT_TOKEN.exec(text)
      if (
        size < 51200 &&
        (lower.includes('externalurl') || lower.includes('internalurl')) &&
        lower.includes('internalauthenticationmethods') &&
        lower.includes('extendedprotectiontokenchecking') &&
        scriptToken
      ) {
        out.push(finding('EXH-FS-003', rctx, { extracted: info, evidence: around(text, scriptToken.index) }))
      }
      if (scriptToken) {
        const b = content
        let sev: Severity | null = null
        let header = ''
        if (b.length >= 4 && b[0] === 0x21 && b[1] === 0x42 && b[2] === 0x44 && b[3] === 0x4e) {
          sev = 'critical'
          header = '2142444e'
        } else if (b.length >= 2 && b[0] === 0x30 && b[1] === 0x82) {
          sev = 'critical'
          header = '3082'
        } else if (encoding === 'latin-1') {
          for (let i = 0; i < Math.min(8, b.length); i++) {
            const x = b[i]!
            if ((x < 0x20 && x !== 9 && x !== 10 && x !== 13) || x > 0x7e) {
              sev = 'high'
              header = b.subarray(0, 8).toString('hex')
              break
            }
          }
        }
        if (sev !== null) {
          out.push(
            finding('EXH-FS-006', rctx, {
              severity: sev,
              extracted: { ...info, header },
              evidence: around(text, scriptToken.index),
            }),
          )
        }
      }
    }
    if (isConfig) {
      const lines = text.split('\n')
      lines.forEach((l, i) => {
        if (!/<virtualDirectory\b/i.test(l)) return
        const m = /physicalPath\s*=\s*"([^"]*)"/i.exec(l)
        if (!m) return
        const expanded = m[1]!.replace(/%SystemDrive%/gi, 'C:')
        if (/^[a-z]:\\programdata(\\|$)/i.test(expanded) || /^[a-z]:\\users\\/i.test(expanded)) {
          out.push(
            finding(
              'EXH-FS-009',
              { ...rctx, line: i + 1, type: 'config' },
              {
                path: expanded,
                extracted: {
                  ...info,
                  physicalPath: expanded,
                  virtualDirectory: /\bpath\s*=\s*"([^"]*)"/i.exec(l)?.[1] ?? null,
                },
                evidence: l.trim().slice(0, 512),
              },
            ),
          )
        }
      })
    }
  }

  const archive = /^[a-z]:\\programdata\\/.test(lowerWin) && /\.(zip|7z|rar)$/.test(base) ? fileInfo : null
  return { findings: out, archive, bytes: size, error: null }
}
