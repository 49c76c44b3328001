// Benchmark corpus generator for the Exchange pack and log sweeps, after shared/samples/exchange/GENERATOR-OUTLINE.md
// (scaled down: sizes are hundreds of MB by default, not 10 GB). Deterministic: the same seed and size give the same
// bytes. Attack "needles" are written at known lines and listed in bench-expected.jsonl with the key of EXPECTED.md
// (detection, severity, file, line); decoys from the benign look-alikes must not be reported.
import { createHash } from 'node:crypto'
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createGzip } from 'node:zlib'

export interface CorpusOptions {
  out: string
  /** Target uncompressed bytes. */
  sizeBytes: number
  seed?: number
}

export interface CorpusInfo {
  out: string
  bytes: number
  files: number
  /** Uncompressed IIS files (what rg and wc -l can read too). */
  iisPlainFiles: string[]
  iisPlainBytes: number
  expected: { detection: string; severity: string; file: string; line: number | null }[]
  /** Client IPs that appear in the IIS logs (for sweep indicators that must hit). */
  needleIps: string[]
}

/** mulberry32, seeded per file from hash(seed, path) so files are independent of generation order. */
function rng(seed: number, path: string): () => number {
  let a = createHash('sha256').update(`${seed}:${path}`).digest().readUInt32LE(0)
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const USERS = Array.from({ length: 200 }, (_, i) => `CORP\\user${String(i).padStart(4, '0')}`)
const UAS = [
  'Microsoft+Office/16.0+(Windows+NT+10.0;+Microsoft+Outlook+16.0.13801;+Pro)',
  'Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/88.0.4324.190+Safari/537.36',
  'Outlook-iOS/723.4027091.prod.iphone+(4.2135.0)',
  'Apple-iPhone12C1/1805.212',
]
const REQS: [string, string, string][] = [
  ['GET', '/owa/', '&ExchClientVer=15.1.2106.13'],
  ['POST', '/owa/auth.owa', '&CorrelationID=<empty>;&cafeReqId=%GUID%;&encoding=;'],
  ['POST', '/mapi/emsmdb/', 'MailboxId=%GUID%@contoso.com&CorrelationID=<empty>;&cafeReqId=%GUID%;'],
  ['POST', '/mapi/nspi/', 'MailboxId=%GUID%@contoso.com&CorrelationID=<empty>;&cafeReqId=%GUID%;'],
  ['POST', '/EWS/Exchange.asmx', '&CorrelationID=<empty>;&cafeReqId=%GUID%;'],
  [
    'POST',
    '/Microsoft-Server-ActiveSync/default.eas',
    'Cmd=Ping&User=jdoe&DeviceId=V2I8Q1C4RJ5OF9T2&DeviceType=iPhone&CorrelationID=<empty>;&cafeReqId=%GUID%;',
  ],
  ['POST', '/autodiscover/autodiscover.xml', '&CorrelationID=<empty>;&cafeReqId=%GUID%;'],
  ['GET', '/owa/auth/logon.aspx', 'url=https%3a%2f%2fmail.contoso.com%2fowa%2f&reason=0'],
  // Decoys: legitimate autodiscover.json forms (spec §4.6 "not a finding").
  ['GET', '/autodiscover/autodiscover.json', 'Email=jdoe%40contoso.com&Protocol=ActiveSync&RedirectCount=1'],
]
const FIELDS =
  '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken'
const FIELDS2 =
  '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Cookie) cs(Referer) sc-status sc-substatus sc-win32-status time-taken X-Forwarded-For'

function guid(r: () => number): string {
  const h = () =>
    Math.floor(r() * 0x10000)
      .toString(16)
      .padStart(4, '0')
  return `${h()}${h()}-${h()}-4${h().slice(1)}-a${h().slice(1)}-${h()}${h()}${h()}`
}

class Out {
  lines = 0
  bytes = 0
  private chunks: string[] = []
  private size = 0
  private readonly stream: NodeJS.WritableStream
  private readonly done: Promise<void>
  constructor(path: string, gzip: boolean) {
    mkdirSync(dirname(path), { recursive: true })
    const file = createWriteStream(path)
    this.done = new Promise((res, rej) => {
      file.on('finish', () => res())
      file.on('error', rej)
    })
    if (gzip) {
      const gz = createGzip({ level: 6 })
      gz.pipe(file)
      this.stream = gz
    } else this.stream = file
  }
  line(s: string, crlf = true): number {
    const t = crlf ? `${s}\r\n` : `${s}\n`
    this.chunks.push(t)
    this.size += t.length
    this.bytes += t.length
    this.lines++
    if (this.size > 1 << 20) this.flush()
    return this.lines
  }
  private flush(): void {
    this.stream.write(this.chunks.join(''))
    this.chunks = []
    this.size = 0
  }
  async close(): Promise<void> {
    this.flush()
    this.stream.end()
    await this.done
  }
}

/** Generate the corpus (an Exchange collection layout) under `out`. */
export async function generateCorpus(o: CorpusOptions): Promise<CorpusInfo> {
  const seed = o.seed ?? 42
  const info: CorpusInfo = {
    out: o.out,
    bytes: 0,
    files: 0,
    iisPlainFiles: [],
    iisPlainBytes: 0,
    expected: [],
    needleIps: [],
  }
  const root = 'C/Program Files/Microsoft/Exchange Server/V15/'
  writeFileSync(
    join(o.out, 'manifest.json'),
    JSON.stringify({
      schema: 'exchange-collection/1',
      hostname: 'BENCH01',
      fqdn: 'BENCH01.corp.contoso.local',
      exchangeInstallPath: 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\',
      exchangeBuild: '15.2.986.5',
    }),
  )
  const iisTarget = o.sizeBytes * 0.7
  const proxyTarget = o.sizeBytes * 0.28
  const perIisFile = Math.max(4 << 20, Math.min(64 << 20, iisTarget / 10))
  const days = Math.max(1, Math.round(iisTarget / perIisFile))
  const start = Date.UTC(2021, 1, 20)
  for (let d = 0; d < days; d++) {
    const day = new Date(start + d * 86400000)
    const ymd = day.toISOString().slice(2, 10).replaceAll('-', '')
    const gzip = d % 4 === 3
    const rel = `C/inetpub/logs/LogFiles/W3SVC1/u_ex${ymd}.log${gzip ? '.gz' : ''}`
    const r = rng(seed, rel)
    const out = new Out(join(o.out, rel), gzip)
    out.line('#Software: Microsoft Internet Information Services 10.0')
    out.line('#Version: 1.0')
    out.line(`#Date: ${day.toISOString().slice(0, 10)} 00:00:00`)
    out.line(FIELDS)
    let withCookie = false
    const switchAt = d % 5 === 2 ? perIisFile / 2 : Number.POSITIVE_INFINITY
    const needleAt = perIisFile * (0.3 + 0.4 * r())
    let needled = false
    let t = 0
    const mixed = d % 7 === 1
    while (out.bytes < perIisFile) {
      t += 86400 / (perIisFile / 300)
      const ts = new Date(day.getTime() + Math.min(86399, t) * 1000).toISOString()
      const date = ts.slice(0, 10)
      const time = ts.slice(11, 19)
      if (!withCookie && out.bytes > switchAt) {
        // Mid-file #Fields change (a restart adds cs(Cookie) and X-Forwarded-For).
        out.line('#Software: Microsoft Internet Information Services 10.0')
        out.line('#Version: 1.0')
        out.line(`#Date: ${date} ${time}`)
        out.line(FIELDS2)
        withCookie = true
      }
      const crlf = !mixed || r() < 0.5
      if (!needled && out.bytes > needleAt) {
        needled = true
        const ip = `198.51.100.${1 + (d % 250)}`
        info.needleIps.push(ip)
        const extra = withCookie ? ' -' : ''
        const tail = withCookie ? ' -' : ''
        const l1 = out.line(
          `${date} ${time} 10.10.20.15 POST /ecp/y.js &CorrelationID=<empty>;&cafeReqId=${guid(r)}; 443 - ${ip} python-requests/2.25.1${extra} - 200 0 0 456${tail}`,
          crlf,
        )
        info.expected.push({ detection: 'EXH-IIS-001', severity: 'high', file: rel, line: l1 })
        info.expected.push({ detection: 'EXH-IIS-002', severity: 'medium', file: rel, line: l1 })
        const l2 = out.line(
          `${date} ${time} 10.10.20.15 POST /autodiscover/autodiscover.json @evil.example/mapi/emsmdb/?&Email=autodiscover/autodiscover.json%3F@evil.example 443 - ${ip} python-requests/2.26.0${extra} - 200 0 0 82${tail}`,
          crlf,
        )
        info.expected.push({ detection: 'EXH-PS-001', severity: 'critical', file: rel, line: l2 })
        continue
      }
      const [m, stem, q] = REQS[Math.floor(r() * REQS.length)]!
      const ip = `10.10.${30 + Math.floor(r() * 4)}.${1 + Math.floor(r() * 250)}`
      const user = stem.startsWith('/owa/auth/logon') ? '-' : USERS[Math.floor(r() * USERS.length)]!
      const ua = UAS[Math.floor(r() * UAS.length)]!
      const query = q.replaceAll('%GUID%', () => guid(r))
      const cookie = withCookie
        ? r() < 0.2
          ? ` X-BEResource=BENCH01.corp.contoso.local~1942062522;+PrivateComputer=true`
          : ' -'
        : ''
      const xff = withCookie
        ? r() < 0.3
          ? ` 172.16.${Math.floor(r() * 255)}.${Math.floor(r() * 255)},+10.0.0.${1 + Math.floor(r() * 3)}`
          : ' -'
        : ''
      out.line(
        `${date} ${time} 10.10.20.15 ${m} ${stem} ${query} 443 ${user} ${ip} ${ua}${cookie} - ${r() < 0.95 ? 200 : 302} 0 0 ${Math.floor(r() * 500)}${xff}`,
        crlf,
      )
    }
    await out.close()
    info.bytes += out.bytes
    info.files++
    if (!gzip) {
      info.iisPlainFiles.push(join(o.out, rel))
      info.iisPlainBytes += out.bytes
    }
  }

  // HttpProxy (Owa/Ecp), 50 MB rotation, half with the bare header line.
  const header =
    'DateTime,RequestId,MajorVersion,MinorVersion,BuildVersion,RevisionVersion,ClientRequestId,Protocol,UrlHost,UrlStem,ProtocolAction,AuthenticationType,IsAuthenticated,AuthenticatedUser,Organization,AnchorMailbox,UserAgent,ClientIpAddress,ServerHostName,HttpStatus,BackEndStatus,ErrorCode,Method,ProxyAction,TargetServer,TargetServerVersion,RoutingType,RoutingHint,BackEndCookie,ServerLocatorHost,ServerLocatorLatency,RequestBytes,ResponseBytes,TargetOutstandingRequests,AuthModulePerfContext,HttpPipelineLatency,CalculateTargetBackEndLatency,GlsLatencyBreakup,TotalGlsLatency,AccountForestLatencyBreakup,TotalAccountForestLatency,ResourceForestLatencyBreakup,TotalResourceForestLatency,ADLatency,SharedCacheLatencyBreakup,TotalSharedCacheLatency,ActivityContextLifeTime,ModuleToHandlerSwitchingLatency,ClientReqStreamLatency,BackendReqInitLatency,BackendReqStreamLatency,BackendProcessingLatency,BackendRespInitLatency,BackendRespStreamLatency,ClientRespStreamLatency,KerberosAuthHeaderLatency,HandlerCompletionLatency,RequestHandlerLatency,HandlerToModuleSwitchingLatency,ProxyTime,CoreLatency,RoutingLatency,HttpProxyOverhead,TotalRequestTime,UrlQuery,BackEndGenericInfo,GenericInfo,GenericErrors,EdgeTraceId,DatabaseGuid,UserADObjectGuid,PartitionEndpointLookupLatency,RoutingStatus'
  const nCols = header.split(',').length
  let proxyBytes = 0
  let hour = 0
  while (proxyBytes < proxyTarget) {
    const proto = hour % 5 === 4 ? 'Ecp' : 'Owa'
    const when = new Date(start + hour * 3600000)
    const stamp = when.toISOString().slice(0, 13).replace(/[-T]/g, '')
    const rel = `${root}Logging/HttpProxy/${proto}/HttpProxy_${stamp}-1.LOG`
    const r = rng(seed, rel)
    const out = new Out(join(o.out, rel), false)
    if (hour % 2 === 0) out.line(header, false)
    out.line('#Software: Microsoft Exchange Server')
    out.line('#Version: 15.02.0986.005')
    out.line('#Log-type: HttpProxy Logs')
    out.line(`#Date: ${when.toISOString()}`)
    out.line(`#Fields: ${header}`)
    const target = Math.min(proxyTarget - proxyBytes, 16 << 20)
    const needleAt = proto === 'Ecp' ? target * r() : -1
    let needled = false
    let i = 0
    while (out.bytes < target) {
      const ts = new Date(when.getTime() + Math.min(3599999, i++ * 50)).toISOString()
      const cols = new Array<string>(nCols).fill('')
      cols[0] = ts
      cols[1] = guid(r)
      cols[7] = proto
      cols[8] = 'mail.contoso.com'
      cols[9] = proto === 'Ecp' ? '/ecp/DDI/DDIService.svc/GetList' : '/owa/service.svc'
      cols[11] = 'Negotiate'
      cols[12] = 'true'
      cols[13] = USERS[Math.floor(r() * USERS.length)]!
      const decoy = r() < 0.01
      cols[15] = decoy ? 'ServerInfo~localhost/owa/healthcheck.htm' : `Smtp~user${Math.floor(r() * 2000)}@contoso.com`
      cols[16] =
        '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/92.0.4515.131 Safari/537.36"'
      cols[17] = `10.10.${30 + Math.floor(r() * 4)}.${1 + Math.floor(r() * 250)}`
      cols[18] = 'BENCH01'
      cols[19] = '200'
      cols[22] = 'POST'
      cols[66] = `BeginRequest=${ts};CorrelationID=<empty>;ProxyState-Run=None;FEAuth=BEVersion-1942062522;EndRequest=${ts};`
      if (!needled && needleAt >= 0 && out.bytes > needleAt) {
        needled = true
        cols[9] = '/ecp/y.js'
        cols[12] = 'false'
        cols[13] = ''
        cols[15] = 'ServerInfo~a]@BENCH01.corp.contoso.local:444/mapi/emsmdb?MailboxId=x@contoso.com&a='
        cols[16] = 'python-requests/2.25.1'
        cols[17] = '198.51.100.77'
        const l = out.line(cols.join(','))
        info.expected.push({ detection: 'EXH-PL-001', severity: 'critical', file: rel, line: l })
        continue
      }
      out.line(cols.join(','))
    }
    await out.close()
    proxyBytes += out.bytes
    info.bytes += out.bytes
    info.files++
    hour++
  }

  // A few small sources so every reader runs.
  const ecp = new Out(join(o.out, `${root}Logging/ECP/Server/ECPServer20210303-1.LOG`), false)
  ecp.line('#Software: Microsoft Exchange Server')
  ecp.line('#Fields: TimeStamp,ServerName,EventId,EventData')
  for (let i = 0; i < 2000; i++)
    ecp.line(
      `2021-03-03T01:${String(i % 60).padStart(2, '0')}:02.771Z,BENCH01,ECP.Request,S:TIME=290;S:CMD=Get-Mailbox.Identity='u${i}';S:URL=/ecp/DDI/DDIService.svc/GetObject`,
    )
  // Stress: Set-XVirtualDirectory with 10 KB of '<' and no '>' (must stay linear and not fire).
  ecp.line(
    `2021-03-03T02:00:00.000Z,BENCH01,ECP.Request,S:CMD=Set-XVirtualDirectory.ExternalUrl='${'<'.repeat(10240)}'`,
  )
  await ecp.close()
  info.bytes += ecp.bytes
  info.files++
  writeFileSync(join(o.out, 'bench-expected.jsonl'), `${info.expected.map((e) => JSON.stringify(e)).join('\n')}\n`)
  return info
}
