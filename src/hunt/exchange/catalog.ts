// The detection catalog of spec §4: id → title, fixed severity, CVEs and what to do next.
import type { Finding, Severity, SourceType } from './types.ts'

interface Detection {
  title: string
  severity: Severity
  cves: string[]
  recommendation: string
}

const PL = 'CVE-2021-26855'
const WEB_SHELL_ADVICE =
  'Preserve the file and its timestamps, then remove it; hunt the IIS logs for requests to it and rotate credentials used on the server.'

export const DETECTIONS: Record<string, Detection> = {
  'EXH-PL-001': {
    title: 'SSRF to a back-end path via ServerInfo~ anchor',
    severity: 'critical',
    cves: [PL],
    recommendation:
      'Treat as ProxyLogon exploitation: look for web shells (FS rules) and follow-on ECP/OAB activity from the same client IP.',
  },
  'EXH-PL-002': {
    title: 'SSRF probe that only reached autodiscover',
    severity: 'low',
    cves: [PL],
    recommendation:
      'An exploitation attempt; confirm the server was patched at the time and check for other activity from the client IP.',
  },
  'EXH-PL-003': {
    title: 'Virtual-directory reset through SSRF (web-shell write)',
    severity: 'critical',
    cves: [PL, 'CVE-2021-27065'],
    recommendation:
      'A web shell was likely written: search the file tree for the exported .aspx (FS-003) and remove it.',
  },
  'EXH-PL-004': {
    title: 'Script markup written into a virtual-directory URL',
    severity: 'critical',
    cves: ['CVE-2021-27065'],
    recommendation:
      'Reset the virtual-directory URLs and search web folders for the exported settings file with the script.',
  },
  'EXH-PL-005': {
    title: 'OAB download written outside the OAB folder',
    severity: 'critical',
    cves: ['CVE-2021-26858'],
    recommendation: 'Inspect and remove the file at the extracted path; it is an arbitrary file write.',
  },
  'EXH-PL-006': {
    title: 'Unified Messaging deserialization error',
    severity: 'high',
    cves: ['CVE-2021-26857'],
    recommendation: 'Review UM worker-process activity around this time for code execution as SYSTEM.',
  },
  'EXH-PL-007': {
    title: 'SSRF cookie in the request',
    severity: 'high',
    cves: [PL],
    recommendation: 'ProxyLogon SSRF request: correlate with HttpProxy ServerInfo~ anchors and look for dropped files.',
  },
  'EXH-IIS-001': {
    title: 'POST to a static resource or SSRF decoy',
    severity: 'high',
    cves: [PL],
    recommendation: 'Nobody POSTs to these static files legitimately: treat the client IP as an exploitation source.',
  },
  'EXH-IIS-002': {
    title: 'Known HAFNIUM user agent on a POST',
    severity: 'medium',
    cves: [],
    recommendation: 'Review other requests from the same client IP and user agent.',
  },
  'EXH-IIS-003': {
    title: 'Successful request to a server-side page in a web-shell drop location',
    severity: 'high',
    cves: [],
    recommendation: 'Examine the requested page on disk; a 2xx answer means it exists and ran.',
  },
  'EXH-IIS-004': {
    title: 'Operating-system commands in the query of a server-side page',
    severity: 'high',
    cves: [],
    recommendation: 'Web-shell command execution: isolate the server and preserve the page and logs.',
  },
  'EXH-PS-001': {
    title: 'ProxyShell SSRF that succeeded',
    severity: 'critical',
    cves: ['CVE-2021-34473'],
    recommendation:
      'Review the MSExchange Management log for mailbox exports and role grants, and search for PST-formatted .aspx files.',
  },
  'EXH-PS-002': {
    title: 'ProxyShell SSRF attempt',
    severity: 'medium',
    cves: ['CVE-2021-34473'],
    recommendation: 'An attempt; confirm the build is patched for ProxyShell (VER-002).',
  },
  'EXH-PS-003': {
    title: 'Mailbox exported to a web path',
    severity: 'critical',
    cves: ['CVE-2021-31207'],
    recommendation: 'Remove the exported file from the web folder and review who ran the export.',
  },
  'EXH-PS-004': {
    title: '"Mailbox Import Export" role granted',
    severity: 'high',
    cves: ['CVE-2021-34523'],
    recommendation: 'Confirm the grant was an approved eDiscovery change; otherwise remove the assignment.',
  },
  'EXH-PS-005': {
    title: 'Certificate request written to a web path',
    severity: 'critical',
    cves: ['CVE-2021-31207'],
    recommendation: 'Remove the request file from the web folder; it is a ProxyShell web-shell drop.',
  },
  'EXH-IOC-001': {
    title: 'Published HAFNIUM-wave source IP',
    severity: 'medium',
    cves: [],
    recommendation: 'Context only (shared VPS/VPN addresses): review the other requests of this client.',
  },
  'EXH-FS-001': {
    title: 'Known-bad file hash',
    severity: 'critical',
    cves: [],
    recommendation: WEB_SHELL_ADVICE,
  },
  'EXH-FS-002': {
    title: 'Web-shell code (eval/upload on request input)',
    severity: 'critical',
    cves: [],
    recommendation: WEB_SHELL_ADVICE,
  },
  'EXH-FS-003': {
    title: 'OAB virtual-directory dump with script (CVE-2021-27065 artefact)',
    severity: 'critical',
    cves: ['CVE-2021-27065'],
    recommendation: WEB_SHELL_ADVICE,
  },
  'EXH-FS-004': {
    title: 'Unexpected server-side file in a drop location',
    severity: 'high',
    cves: [],
    recommendation: 'Compare with a clean server of the same build; remove the file if it is not stock.',
  },
  'EXH-FS-005': {
    title: 'Path equals a published web-shell path',
    severity: 'high',
    cves: [],
    recommendation: WEB_SHELL_ADVICE,
  },
  'EXH-FS-006': {
    title: 'Server-side page with a binary container header (ProxyShell)',
    severity: 'critical',
    cves: ['CVE-2021-31207'],
    recommendation: WEB_SHELL_ADVICE,
  },
  'EXH-FS-007': {
    title: 'LSASS dump in a HAFNIUM dump location',
    severity: 'high',
    cves: [],
    recommendation:
      'Credentials were likely stolen: reset the passwords of every account that logged on to the server.',
  },
  'EXH-FS-008': {
    title: 'Archive staged in ProgramData',
    severity: 'low',
    cves: [],
    recommendation: 'Check the archive content for staged mailbox or credential data.',
  },
  'EXH-FS-009': {
    title: 'IIS virtual directory mapped to ProgramData or a user folder',
    severity: 'high',
    cves: [],
    recommendation: 'Remove the virtual directory and inspect the mapped folder for web shells.',
  },
  'EXH-VER-001': {
    title: 'Build vulnerable to ProxyLogon',
    severity: 'critical',
    cves: [],
    recommendation:
      'Install the latest CU and SU; a patched server may still hold 2021 web shells, so check the log coverage.',
  },
  'EXH-VER-002': {
    title: 'Build vulnerable to ProxyShell',
    severity: 'critical',
    cves: [],
    recommendation:
      'Install the latest CU and SU; a patched server may still hold 2021 web shells, so check the log coverage.',
  },
}

/** Where a finding comes from, shared by all the findings of one record. */
export interface RecordContext {
  host: string
  file: string
  line: number | null
  type: SourceType
}

/** A finding for `id` with the catalog's defaults; `fields` overrides them. */
export function finding(id: string, ctx: RecordContext, fields: Partial<Finding> = {}): Finding {
  const d = DETECTIONS[id]
  if (!d) throw new Error(`unknown detection ${id}`)
  return {
    detectionId: id,
    title: d.title,
    severity: d.severity,
    cves: [...d.cves],
    host: ctx.host,
    source: { file: ctx.file, line: ctx.line, type: ctx.type },
    timestamp: null,
    clientIp: null,
    userAgent: null,
    method: null,
    path: null,
    query: null,
    status: null,
    user: null,
    extracted: {},
    iocMatches: [],
    evidence: null,
    recommendation: d.recommendation,
    ...fields,
  }
}
