// Readable text tables of the ledger views (the CLI prints these; --json prints the views themselves).
import type { AttributionResult, AttributionRow } from './attributions.ts'
import type { CampaignView } from './campaigns.ts'
import type { CveTimeline } from './cves.ts'
import type { LegalActionRow } from './legal.ts'
import type { AttributionStats } from './stats.ts'

const clip = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`)

/** A plain text table: header, a rule, one line per row; columns as wide as their widest cell (capped). */
export function table(headers: string[], rows: string[][], maxWidth = 48): string {
  const cells = rows.map((r) => r.map((c) => clip(c.replace(/\s+/g, ' '), maxWidth)))
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)))
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')
}

const wording = (r: AttributionRow): string => {
  const c = r.confidence
  const parts = [c.text ? `"${c.text}"` : '', c.scale ? `${c.scale}${c.term ? `:${c.term}` : ''}` : '']
  return parts.filter(Boolean).join(' ')
}

export function attributionTable(rows: AttributionRow[]): string {
  return table(
    ['published', 'attributor', 'co-signers', 'attributes', 'to (as stated)', 'wording', 'denied by', 'source'],
    rows.map((r) => [
      r.published ?? '?',
      r.attributor.name,
      r.cosigners.map((c) => c.name).join(', '),
      r.subject.name,
      r.attributed_to.name,
      wording(r),
      r.responses
        .filter((x) => /disagree/.test(x.opinion))
        .map((x) => x.by)
        .join(', '),
      r.source.url ?? r.source.title ?? '',
    ]),
    40,
  )
}

export function attributionReport(res: AttributionResult): string {
  const out: string[] = []
  const m = (label: string, refs: { name: string }[] | undefined) =>
    refs ? `${label}: ${refs.length ? refs.map((r) => r.name).join('; ') : '(nothing matched)'}` : ''
  const matched = [m('to', res.matched.to), m('by', res.matched.by), m('about', res.matched.about)].filter(Boolean)
  if (matched.length) out.push(`matched ${matched.join('  ')}`)
  out.push(`${res.summary.statements} statement(s)`, '')
  if (res.rows.length) out.push(attributionTable(res.rows), '')
  if (res.summary.bodies.length)
    out.push(
      table(
        ['government / organisation', 'issued', 'co-signed'],
        res.summary.bodies.map((b) => [b.name, String(b.issued), String(b.cosigned)]),
        64,
      ),
    )
  return out.join('\n')
}

export function legalTable(rows: LegalActionRow[]): string {
  return table(
    ['date', 'type', 'authority', 'subjects', 'charges', 'concerns'],
    rows.map((r) => [
      r.date ?? '?',
      r.type,
      r.authority.name,
      r.subjects.map((s) => `${s.name} (${s.kind})`).join(', '),
      r.charges.join('; '),
      r.concerns.map((c) => c.name).join(', '),
    ]),
    60,
  )
}

export function cveReport(t: CveTimeline): string {
  const out = [`${t.cve}${t.description ? ` — ${clip(t.description, 120)}` : ''}`]
  out.push(`records: ${t.records.map((r) => `${r.origin} (${r.source})`).join(', ')}`)
  const d = (label: string, x: { date: string; source: { name: string } } | null, extra = '') =>
    out.push(`${label.padEnd(17)} ${x ? `${x.date.slice(0, 10)}  (${x.source.name})${extra}` : 'unknown'}`)
  d('published', t.published)
  d('patch', t.patch)
  d('KEV date added', t.kev, t.kev?.due_date ? `  due ${t.kev.due_date}` : '')
  d('first exploited', t.first_exploited, t.first_exploited ? `  campaign ${t.first_exploited.campaign.name}` : '')
  out.push('', 'exploited by:')
  out.push(
    table(
      ['by', 'actors', 'stated by', 'published'],
      t.exploited_by.map((x) => [
        x.by.name,
        x.actors.map((a) => a.actor.name).join(', '),
        x.stated_by,
        x.published ?? '?',
      ]),
    ),
  )
  out.push('', 'timeline:')
  out.push(
    table(
      ['date', 'kind', 'summary'],
      t.events.map((e) => [e.date, e.kind, e.summary]),
      80,
    ),
  )
  return out.join('\n')
}

export function campaignReport(v: CampaignView): string {
  const out = [`${v.name}  (${v.id})`]
  if (v.aliases.length) out.push(`aka ${v.aliases.join(', ')}`)
  out.push(`period ${v.first_seen?.slice(0, 10) ?? '?'} – ${v.last_seen?.slice(0, 10) ?? '?'}`)
  if (v.description) out.push(v.description)
  if (v.conducted_by.length)
    out.push(`conducted by: ${v.conducted_by.map((c) => `${c.actor.name} (per ${c.stated_by})`).join('; ')}`)
  out.push('', 'CVEs:')
  out.push(
    table(
      ['cve', 'published', 'KEV added', 'first exploited'],
      v.cves.map((c) => [c.cve, c.published ?? '?', c.kev_date_added ?? '-', c.first_exploited ?? '?']),
    ),
  )
  if (v.impact.length) {
    out.push('', 'impact:')
    out.push(
      table(
        ['quantity', 'unit', 'what', 'source'],
        v.impact.map((i) => [`${i.approximate ? '≈' : ''}${i.quantity}`, i.unit, i.description ?? '', i.source.name]),
        70,
      ),
    )
  }
  const targets = [...v.sectors.map((s) => s.name), ...v.countries.map((c) => c.code ?? c.name)]
  if (targets.length) out.push('', `targets: ${targets.join(', ')}`)
  out.push('', `attributions (${v.attributions.length} statements, each as stated):`)
  out.push(attributionTable(v.attributions))
  out.push('', 'named party → governments / alliances (issuing or co-signing):')
  for (const p of v.attribution_summary.parties)
    out.push(`  ${p.party.name}: ${p.statements} statement(s) — ${p.bodies.join(', ')}`)
  for (const s of v.attribution_summary.by_state)
    out.push(`  rolled up to ${s.state.name}: ${s.bodies.length} bodies — ${s.bodies.join(', ')}`)
  return out.join('\n')
}

export function statsReport(s: AttributionStats, sections: { state: boolean; year: boolean; sector: boolean }): string {
  const out = [`${s.statements} attribution statement(s)${s.as_of ? ` published by ${s.as_of.slice(0, 10)}` : ''}`]
  const name = (x: { name: string; code: string | null } | null) => (x ? (x.code ?? x.name) : 'unknown')
  if (sections.state && sections.year) {
    const years = [...new Set(s.by_state_per_year.map((r) => r.year))].sort()
    const states = s.by_state.map((r) => r.state)
    out.push(
      '',
      table(
        ['state', ...years, 'total'],
        states.map((st) => [
          name(st),
          ...years.map((y) =>
            String(s.by_state_per_year.find((r) => name(r.state) === name(st) && r.year === y)?.statements ?? ''),
          ),
          String(s.by_state.find((r) => name(r.state) === name(st))?.statements ?? 0),
        ]),
      ),
    )
  } else if (sections.state)
    out.push(
      '',
      table(
        ['state', 'statements', 'attributing bodies'],
        s.by_state.map((r) => [r.state?.name ?? 'unknown', String(r.statements), String(r.attributors)]),
      ),
    )
  else if (sections.year)
    out.push(
      '',
      table(
        ['year', 'statements'],
        s.per_year.map((r) => [r.year, String(r.statements)]),
      ),
    )
  if (sections.sector)
    out.push(
      '',
      table(
        ['sector / target category', 'targeting claims', 'actors'],
        s.by_sector.map((r) => [r.sector.name, String(r.claims), String(r.actors)]),
        60,
      ),
    )
  return out.join('\n')
}
