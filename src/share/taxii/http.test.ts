import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import type { Hono } from 'hono'
import { repoRoot } from '../../lib/testing.ts'
import { createTaxiiApp, loadSeed, TAXII_MEDIA_TYPE } from './index.ts'

const SEED = JSON.parse(readFileSync(join(repoRoot, 'fixtures', 'taxii', 'seed.json'), 'utf8')) as Record<
  string,
  unknown
>

const ATTR = '/mosaic/collections/0b7e5a4c-1f0e-4f3b-8f5e-5d1c2b3a4e01/'
const INBOX = '/mosaic/collections/1c8f6b5d-2a1f-4a4c-9a6f-6e2d3c4b5f02/'
const READ_ONLY = '/mosaic/collections/2d907c6e-3b20-4b5d-8b70-7f3e4d5c6a03/'
const WRITE_ONLY = '/mosaic/collections/3ea18d7f-4c31-4c6e-9c81-8a4f5e6d7b05/'
const SEALED = '/mosaic/collections/4fb29e80-5d42-4d7f-8d92-9b506f7e8c06/'
const MISSING = '/mosaic/collections/12345678-1234-4234-8234-123456789012/'

const IS = 'intrusion-set--a3b1e4c2-6f0d-4c7b-9a51-2e8f0d9c4b10'
const MAL = 'malware--2b8e4d1c-5a6f-4b7c-9d0e-1f2a3b4c5d71'
const IP = 'ipv4-addr--9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c81'
const IDENT = 'identity--5f2c7e1a-0d4b-4e8a-b6c3-9a1d2e3f4a51'
const REL = 'relationship--7c4e2a1b-3d5f-4a6b-8c9d-0e1f2a3b4c61'
const MARK = 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da'

const AUTH = `Basic ${Buffer.from('admin:Password0').toString('base64')}`
const GET_HEADERS = { accept: TAXII_MEDIA_TYPE, authorization: AUTH }
const POST_HEADERS = { ...GET_HEADERS, 'content-type': TAXII_MEDIA_TYPE }

function newApp(maxPageSize = 100): Hono {
  const backend = loadSeed(structuredClone(SEED))
  assert.ok(backend.ok)
  return createTaxiiApp({ backend: backend.value, users: new Map([['admin', 'Password0']]), maxPageSize })
}

type Body = Record<string, unknown> & {
  objects?: Record<string, unknown>[]
  versions?: string[]
  next?: string
  more?: boolean
}

async function get(app: Hono, path: string, headers: Record<string, string> = GET_HEADERS) {
  const res = await app.request(path, { headers })
  const text = await res.text()
  return { res, body: (text === '' ? undefined : JSON.parse(text)) as Body }
}

async function post(app: Hono, path: string, body: unknown, headers: Record<string, string> = POST_HEADERS) {
  const res = await app.request(path, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return { res, body: (await res.json()) as Body }
}

async function del(app: Hono, path: string) {
  const res = await app.request(path, { method: 'DELETE', headers: GET_HEADERS })
  await res.text()
  return res
}

const ids = (b: Body) => (b.objects ?? []).map((o) => o.id)

function coa(modified: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'course-of-action',
    spec_version: '2.1',
    id: 'course-of-action--68794cd5-28db-429d-ab1e-1256704ef906',
    created: '2014-01-27T13:49:53.935Z',
    modified,
    name: 'Patch Exchange',
    ...extra,
  }
}

describe('discovery, API roots, collections and status', () => {
  const app = newApp()

  test('discovery is served as seeded, with the TAXII media type', async () => {
    const { res, body } = await get(app, '/taxii2/')
    assert.equal(res.status, 200)
    assert.equal(res.headers.get('content-type'), TAXII_MEDIA_TYPE)
    assert.deepEqual(body, SEED['/discovery'])
  })

  test('a path without its trailing slash is served the same', async () => {
    assert.equal((await get(app, '/taxii2')).res.status, 200)
    assert.equal((await get(app, `${ATTR}objects`)).res.status, 200)
  })

  test('an API root answers with its information; an unknown one is 404 with a TAXII error body', async () => {
    const { res, body } = await get(app, '/mosaic/')
    assert.equal(res.status, 200)
    assert.equal(body.title, 'Mosaic shared intelligence')
    const missing = await get(app, '/carbon1/')
    assert.equal(missing.res.status, 404)
    assert.equal(missing.res.headers.get('content-type'), TAXII_MEDIA_TYPE)
    assert.equal(missing.body.http_status, '404')
    assert.equal(typeof missing.body.title, 'string')
    assert.equal(typeof missing.body.description, 'string')
    assert.equal((await get(app, '/carbon1/collections/')).res.status, 404)
    assert.equal((await get(app, `/carbon1/collections/${ATTR.split('/')[3]}/`)).res.status, 404)
  })

  test('collections are listed without their contents, and an API root without any gives {}', async () => {
    const { res, body } = await get(app, '/mosaic/collections/')
    assert.equal(res.status, 200)
    const list = body.collections as Record<string, unknown>[]
    assert.equal(list.length, 5)
    for (const c of list) {
      assert.equal('objects' in c, false)
      assert.equal('manifest' in c, false)
    }
    assert.deepEqual((await get(app, '/empty/collections/')).body, {})
  })

  test('one collection is served with its permissions; an unknown one is 404', async () => {
    const { res, body } = await get(app, READ_ONLY)
    assert.equal(res.status, 200)
    assert.equal(body.can_read, true)
    assert.equal(body.can_write, false)
    assert.equal(body.title, 'Published advisories')
    assert.equal((await get(app, MISSING)).res.status, 404)
  })

  test('a seeded status resource is served as is; an unknown status is 404', async () => {
    const { res, body } = await get(app, '/mosaic/status/6f1d2e0a-95b4-4b1e-9c7c-1f4b0c0e5a11/')
    assert.equal(res.status, 200)
    assert.deepEqual(body.pendings, [])
    assert.equal(body.success_count, 1)
    assert.equal((await get(app, '/mosaic/status/22101993/')).res.status, 404)
  })

  test('an unsupported method is 405 and an unknown path 404', async () => {
    const res = await app.request(`${ATTR}objects/`, { method: 'PUT', headers: GET_HEADERS })
    assert.equal(res.status, 405)
    assert.equal((await get(app, '/mosaic/collections/x/y/z/w/v/')).res.status, 404)
  })
})

describe('authentication and content negotiation', () => {
  const app = newApp()

  test('a request without credentials is 401 with a Basic challenge, before any other check', async () => {
    for (const path of ['/taxii2/', '/mosaic/collections/', `${MISSING}manifest/`, '/mosaic/status/2223/']) {
      const res = await app.request(path)
      assert.equal(res.status, 401, path)
      assert.match(res.headers.get('www-authenticate') ?? '', /^Basic /)
    }
    const postNoAuth = await app.request(`${INBOX}objects/`, {
      method: 'POST',
      headers: { accept: TAXII_MEDIA_TYPE, 'content-type': TAXII_MEDIA_TYPE },
      body: JSON.stringify({ objects: [] }),
    })
    assert.equal(postNoAuth.status, 401)
  })

  test('a wrong password or an unknown user is 401', async () => {
    const wrong = `Basic ${Buffer.from('admin:nope').toString('base64')}`
    const unknown = `Basic ${Buffer.from('eve:Password0').toString('base64')}`
    for (const authorization of [wrong, unknown, 'Bearer abc', 'Basic !!!']) {
      const res = await app.request('/taxii2/', { headers: { accept: TAXII_MEDIA_TYPE, authorization } })
      assert.equal(res.status, 401, authorization)
    }
  })

  test('an Accept header without the TAXII 2.1 media type is 406', async () => {
    for (const accept of ['application/json', 'application/taxii+json;version=2.0', 'text/html', '']) {
      const { res, body } = await get(app, '/taxii2/', { accept, authorization: AUTH })
      assert.equal(res.status, 406, accept)
      assert.equal(body.http_status, '406')
    }
    assert.equal((await get(app, '/taxii2/', { authorization: AUTH })).res.status, 406)
  })

  test('the TAXII media type is recognised regardless of case and spaces, and without a version', async () => {
    for (const accept of [
      'Application/TAXII+json ; Version=2.1',
      'application/taxii+json',
      'text/html, application/taxii+json;version=2.1',
    ]) {
      const { res } = await get(app, '/taxii2/', { accept, authorization: AUTH })
      assert.equal(res.status, 200, accept)
    }
  })

  test('a POST whose Content-Type is not the TAXII envelope type is 415', async () => {
    for (const contentType of [
      'application/json',
      'application/stix+json;version=2.1',
      'application/taxii+json;version=2.0',
    ]) {
      const { res } = await post(
        app,
        `${INBOX}objects/`,
        { objects: [] },
        { ...GET_HEADERS, 'content-type': contentType },
      )
      assert.equal(res.status, 415, contentType)
    }
  })
})

describe('reading objects with filters and paging', () => {
  const app = newApp()
  const LATEST = [MARK, MAL, IP, IDENT, REL, IS]

  test('objects come in date_added order, latest version of each, with microsecond date headers', async () => {
    const { res, body } = await get(app, `${ATTR}objects/`)
    assert.equal(res.status, 200)
    assert.equal(res.headers.get('content-type'), TAXII_MEDIA_TYPE)
    assert.equal(body.more, false)
    assert.equal('next' in body, false)
    assert.deepEqual(ids(body), LATEST)
    assert.equal(res.headers.get('x-taxii-date-added-first'), '2017-01-20T00:00:00.000000Z')
    assert.equal(res.headers.get('x-taxii-date-added-last'), '2021-07-19T12:00:03.000000Z')
    const is = body.objects?.find((o) => o.id === IS)
    assert.equal(is?.modified, '2021-07-19T12:00:00.000Z')
  })

  test('added_after is exclusive and compared with date_added', async () => {
    assert.deepEqual(ids((await get(app, `${ATTR}objects/?added_after=2021-01-01T00:00:00Z`)).body), [
      IP,
      IDENT,
      REL,
      IS,
    ])
    assert.deepEqual(ids((await get(app, `${ATTR}objects/?added_after=2021-07-19T12:00:02Z`)).body), [IS])
    assert.deepEqual((await get(app, `${ATTR}objects/?added_after=2030-01-01T00:00:00Z`)).body, {})
  })

  test('match[id] and match[type] take comma lists', async () => {
    assert.deepEqual(ids((await get(app, `${ATTR}objects/?match[id]=${MAL}`)).body), [MAL])
    const { body } = await get(app, `${ATTR}objects/?match[type]=relationship,intrusion-set`)
    assert.deepEqual(ids(body), [REL, IS])
    assert.deepEqual(ids((await get(app, `${ATTR}objects/?match[type]=identity&match[id]=${MAL}`)).body), [])
  })

  test('match[version] takes first, last, all or timestamps', async () => {
    const first = (await get(app, `${ATTR}objects/?match[version]=first`)).body
    assert.deepEqual(ids(first), [MARK, MAL, IS, IP, IDENT, REL])
    assert.equal(first.objects?.find((o) => o.id === IS)?.modified, '2018-01-10T09:00:00.000Z')
    assert.deepEqual(ids((await get(app, `${ATTR}objects/?match[version]=last`)).body), LATEST)
    // all versions, but by default only each object's latest spec version: the 2.0 malware version drops out
    assert.equal((await get(app, `${ATTR}objects/?match[version]=all`)).body.objects?.length, 8)
    const at = (await get(app, `${ATTR}objects/?match[version]=2019-03-04T10:30:00.250Z`)).body
    assert.deepEqual(ids(at), [IS])
    assert.equal(at.objects?.[0]?.modified, '2019-03-04T10:30:00.250Z')
    assert.equal((await get(app, `${ATTR}objects/?match[version]=soon`)).res.status, 400)
  })

  test('match[spec_version] selects spec versions after the version filter', async () => {
    const v20 = (await get(app, `${ATTR}objects/?match[spec_version]=2.0`)).body
    assert.deepEqual(ids(v20), [MAL])
    assert.equal('spec_version' in (v20.objects?.[0] ?? {}), false)
    assert.deepEqual(ids((await get(app, `${ATTR}objects/?match[spec_version]=2.1`)).body), [MARK, IP, IDENT, REL, IS])
    assert.deepEqual(ids((await get(app, `${ATTR}objects/?match[spec_version]=2.0,2.1`)).body), LATEST)
  })

  test('limit pages the result; next continues it even with a new limit', async () => {
    const p1 = await get(app, `${ATTR}objects/?limit=2`)
    assert.deepEqual(ids(p1.body), [MARK, MAL])
    assert.equal(p1.body.more, true)
    assert.equal(typeof p1.body.next, 'string')
    assert.equal(p1.res.headers.get('x-taxii-date-added-first'), '2017-01-20T00:00:00.000000Z')
    assert.equal(p1.res.headers.get('x-taxii-date-added-last'), '2020-02-02T08:00:01.500000Z')
    const p2 = await get(app, `${ATTR}objects/?limit=3&next=${p1.body.next}`)
    assert.deepEqual(ids(p2.body), [IP, IDENT, REL])
    assert.equal(p2.body.more, true)
    assert.equal(p2.res.headers.get('x-taxii-date-added-first'), '2021-01-05T00:00:00.000000Z')
    const p3 = await get(app, `${ATTR}objects/?limit=3&next=${p2.body.next}`)
    assert.deepEqual(ids(p3.body), [IS])
    assert.equal(p3.body.more, false)
    assert.equal('next' in p3.body, false)
  })

  test('a next token used with different filters, or an unknown one, is 400', async () => {
    const p1 = await get(app, `${ATTR}objects/?match[version]=all&limit=2`)
    assert.equal(p1.body.more, true)
    const p2 = await get(app, `${ATTR}objects/?match[version]=all&limit=2&next=${p1.body.next}`)
    assert.equal(p2.res.status, 200)
    const changed = await get(app, `${ATTR}objects/?match[version]=first&limit=2&next=${p2.body.next}`)
    assert.equal(changed.res.status, 400)
    assert.equal(changed.body.title, 'ProcessingError')
    assert.equal(changed.res.headers.get('content-type'), TAXII_MEDIA_TYPE)
    assert.equal((await get(app, `${ATTR}objects/?next=not-a-token`)).res.status, 400)
    // a token is tied to its endpoint too
    assert.equal((await get(app, `${ATTR}manifest/?match[version]=all&next=${p2.body.next}`)).res.status, 400)
  })

  test('a limit that is not a positive integer is 400; one above the page size is lowered to it', async () => {
    for (const limit of ['-20', '0', 'ten', '1.5']) {
      assert.equal((await get(app, `${ATTR}objects/?limit=${limit}`)).res.status, 400, limit)
    }
    const small = newApp(4)
    const { body } = await get(small, `${ATTR}objects/?limit=50`)
    assert.equal(body.objects?.length, 4)
    assert.equal(body.more, true)
    const rest = await get(small, `${ATTR}objects/?next=${body.next}`)
    assert.deepEqual(ids(rest.body), [REL, IS])
  })

  test('added_after that is not a timestamp is 400', async () => {
    assert.equal((await get(app, `${ATTR}objects/?added_after=yesterday`)).res.status, 400)
  })

  test('the manifest has one record per selected version, with media types and microsecond date_added', async () => {
    const { res, body } = await get(app, `${ATTR}manifest/`)
    assert.equal(res.status, 200)
    assert.deepEqual(ids(body), LATEST)
    const mal = body.objects?.find((o) => o.id === MAL)
    assert.deepEqual(mal, {
      id: MAL,
      date_added: '2020-02-02T08:00:01.500000Z',
      version: '2020-02-02T08:00:00.000Z',
      media_type: 'application/stix+json;version=2.0',
    })
    assert.equal((await get(app, `${ATTR}manifest/?match[version]=all`)).body.objects?.length, 8)
    assert.deepEqual(ids((await get(app, `${ATTR}manifest/?match[type]=intrusion-set&match[version]=all`)).body), [
      IS,
      IS,
      IS,
    ])
    const paged = await get(app, `${ATTR}manifest/?limit=5`)
    assert.equal(paged.body.more, true)
    assert.equal(paged.res.headers.get('x-taxii-date-added-last'), paged.body.objects?.[4]?.date_added)
  })

  test('one object: latest version by default, other versions on request, paged by date_added', async () => {
    const latest = await get(app, `${ATTR}objects/${IS}/`)
    assert.equal(latest.res.status, 200)
    assert.equal(latest.body.objects?.length, 1)
    assert.equal(latest.body.objects?.[0]?.modified, '2021-07-19T12:00:00.000Z')
    assert.equal(latest.res.headers.get('x-taxii-date-added-first'), '2021-07-19T12:00:03.000000Z')
    const first = await get(app, `${ATTR}objects/${IS}/?match[version]=first`)
    assert.equal(first.body.objects?.[0]?.modified, '2018-01-10T09:00:00.000Z')
    const p1 = await get(app, `${ATTR}objects/${IS}/?match[version]=all&limit=2`)
    assert.equal(p1.body.more, true)
    assert.deepEqual(
      p1.body.objects?.map((o) => o.modified),
      ['2018-01-10T09:00:00.000Z', '2019-03-04T10:30:00.250Z'],
    )
    assert.equal(p1.res.headers.get('x-taxii-date-added-first'), '2018-01-10T09:00:01.000001Z')
    const p2 = await get(app, `${ATTR}objects/${IS}/?match[version]=all&limit=2&next=${p1.body.next}`)
    assert.equal(p2.body.more, false)
    assert.equal(p2.body.objects?.length, 1)
  })

  test('one object: spec version filters and a filter that leaves nothing gives 200 {}', async () => {
    assert.deepEqual((await get(app, `${ATTR}objects/${MAL}/?match[spec_version]=2.1`)).body, {})
    const both = (await get(app, `${ATTR}objects/${MAL}/?match[spec_version]=2.0,2.1`)).body
    assert.equal(both.objects?.[0]?.modified, '2020-02-02T08:00:00.000Z')
    assert.deepEqual((await get(app, `${ATTR}objects/${MAL}/?added_after=2030-01-01T00:00:00Z`)).body, {})
    const sco = (await get(app, `${ATTR}objects/${IP}/?match[version]=first`)).body
    assert.equal(sco.objects?.length, 1)
  })

  test('an object the collection does not hold is 404', async () => {
    const { res, body } = await get(app, `${ATTR}objects/malware--cee60c30-a68c-41e3-b0c1-a01aac20d000/`)
    assert.equal(res.status, 404)
    assert.equal(body.http_status, '404')
  })

  test('versions lists every version of the latest spec version, paged by date_added', async () => {
    const { res, body } = await get(app, `${ATTR}objects/${IS}/versions/`)
    assert.equal(res.status, 200)
    assert.deepEqual(body, {
      more: false,
      versions: ['2018-01-10T09:00:00.000Z', '2019-03-04T10:30:00.250Z', '2021-07-19T12:00:00.000Z'],
    })
    assert.equal(res.headers.get('x-taxii-date-added-last'), '2021-07-19T12:00:03.000000Z')
    assert.deepEqual((await get(app, `${ATTR}objects/${MAL}/versions/`)).body.versions, ['2017-05-01T08:00:00.000Z'])
    assert.equal(
      (await get(app, `${ATTR}objects/${MAL}/versions/?match[spec_version]=2.0,2.1`)).body.versions?.length,
      2,
    )
    const p1 = await get(app, `${ATTR}objects/${IS}/versions/?limit=1`)
    assert.deepEqual(p1.body.versions, ['2018-01-10T09:00:00.000Z'])
    assert.equal(p1.body.more, true)
    const p2 = await get(app, `${ATTR}objects/${IS}/versions/?limit=1&next=${p1.body.next}`)
    assert.deepEqual(p2.body.versions, ['2019-03-04T10:30:00.250Z'])
    assert.equal(p2.res.headers.get('x-taxii-date-added-first'), '2019-03-04T10:30:01.000000Z')
    assert.deepEqual((await get(app, `${ATTR}objects/${IS}/versions/?added_after=2021-07-19T12:00:03Z`)).body, {})
    assert.equal((await get(app, `${ATTR}objects/${IP}x/versions/`)).res.status, 404)
  })

  test('reads of a collection without can_read are 403; of an unknown collection 404', async () => {
    for (const c of [WRITE_ONLY, SEALED]) {
      for (const p of ['objects/', 'manifest/', `objects/${IS}/`, `objects/${IS}/versions/`]) {
        const { res, body } = await get(app, c + p)
        assert.equal(res.status, 403, c + p)
        assert.equal(body.http_status, '403')
      }
    }
    for (const p of ['objects/', 'manifest/', `objects/${IS}/`, `objects/${IS}/versions/`]) {
      assert.equal((await get(app, MISSING + p)).res.status, 404, p)
    }
  })
})

describe('adding, reading back and deleting objects', () => {
  test('POST answers 202 with a complete status; the objects, manifest and status can then be read', async () => {
    const app = newApp()
    const start = new Date().toISOString()
    const sco = { type: 'ipv4-addr', spec_version: '2.1', id: IP, value: '198.51.100.7' }
    const { res, body } = await post(app, `${INBOX}objects/`, { objects: [coa('2017-01-27T13:49:53.935Z'), sco] })
    assert.equal(res.status, 202)
    assert.equal(res.headers.get('content-type'), TAXII_MEDIA_TYPE)
    assert.equal(body.status, 'complete')
    assert.equal(body.total_count, 2)
    assert.equal(body.success_count, 2)
    assert.equal(body.failure_count, 0)
    assert.equal(body.pending_count, 0)
    assert.equal('failures' in body, false)
    assert.deepEqual(
      (body.successes as Record<string, unknown>[]).map((s) => s.id),
      ['course-of-action--68794cd5-28db-429d-ab1e-1256704ef906', IP],
    )
    assert.match(String(body.request_timestamp), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/)

    const status = await get(app, `/mosaic/status/${body.id}/`)
    assert.equal(status.res.status, 200)
    assert.deepEqual(status.body, body)

    const objects = await get(app, `${INBOX}objects/`)
    assert.equal(objects.body.objects?.length, 2)
    const added = objects.res.headers.get('x-taxii-date-added-first') ?? ''
    assert.match(added, /\.\d{6}Z$/)
    assert.ok(added.slice(0, 23) >= start.slice(0, 23))
    const manifest = await get(app, `${INBOX}manifest/?match[id]=${IP}`)
    assert.deepEqual(manifest.body.objects?.[0], {
      id: IP,
      date_added: added,
      version: added,
      media_type: 'application/stix+json;version=2.1',
    })
  })

  test('posting an object version already present succeeds without storing it twice', async () => {
    const app = newApp()
    const rel = {
      type: 'relationship',
      spec_version: '2.1',
      id: REL,
      created: '2021-07-19T12:00:00.000Z',
      modified: '2021-07-19T12:00:00.000Z',
      relationship_type: 'attributed-to',
      source_ref: IS,
      target_ref: IDENT,
    }
    const { modified: _, ...withoutModified } = rel
    const { res, body } = await post(app, `${ATTR}objects/`, { objects: [rel, withoutModified] })
    assert.equal(res.status, 202)
    assert.equal(body.success_count, 2)
    assert.equal('failures' in body, false)
    assert.equal((await get(app, `${ATTR}objects/${REL}/?match[version]=all`)).body.objects?.length, 1)
  })

  test('objects that cannot be stored are reported as failures; the rest are added', async () => {
    const app = newApp()
    const { res, body } = await post(app, `${INBOX}objects/`, {
      objects: [{ type: 'malware', name: 'no id' }, coa('not a time'), coa('2019-01-27T13:49:53.935Z'), 'text'],
    })
    assert.equal(res.status, 202)
    assert.equal(body.total_count, 4)
    assert.equal(body.success_count, 1)
    assert.equal(body.failure_count, 3)
    const failures = body.failures as Record<string, unknown>[]
    assert.equal(failures.length, 3)
    assert.ok(failures.every((f) => typeof f.message === 'string' && 'id' in f && 'version' in f))
  })

  test('a body that is not an envelope is 422; one that is not JSON is 400; one too large is 413', async () => {
    const app = newApp()
    const notEnvelope = await post(app, `${INBOX}objects/`, coa('2017-01-27T13:49:53.935Z'))
    assert.equal(notEnvelope.res.status, 422)
    assert.equal(notEnvelope.res.headers.get('content-type'), TAXII_MEDIA_TYPE)
    assert.equal(notEnvelope.body.title, 'ProcessingError')
    assert.equal(notEnvelope.body.http_status, '422')
    assert.equal((await post(app, `${INBOX}objects/`, [1, 2])).res.status, 422)
    assert.equal((await post(app, `${INBOX}objects/`, '{"objects": [')).res.status, 400)
    const big = { objects: [coa('2017-01-27T13:49:53.935Z', { description: 'x'.repeat(25_000) })] }
    assert.equal((await post(app, `${INBOX}objects/`, big)).res.status, 413)
  })

  test('writes to a collection without can_write are 403; to an unknown one 404; a write-only one takes them', async () => {
    const app = newApp()
    const envelope = { objects: [coa('2017-01-27T13:49:53.935Z')] }
    assert.equal((await post(app, `${READ_ONLY}objects/`, envelope)).res.status, 403)
    assert.equal((await post(app, `${SEALED}objects/`, envelope)).res.status, 403)
    assert.equal((await post(app, `${MISSING}objects/`, envelope)).res.status, 404)
    assert.equal((await post(app, '/nowhere/collections/x/objects/', envelope)).res.status, 404)
    const w = await post(app, `${WRITE_ONLY}objects/`, envelope)
    assert.equal(w.res.status, 202)
    assert.equal(w.body.success_count, 1)
  })

  test('DELETE honours match[version]: a timestamp, first, last, then everything', async () => {
    const app = newApp()
    const id = 'course-of-action--68794cd5-28db-429d-ab1e-1256704ef906'
    const times = [
      '2015-01-27T13:49:53.935Z',
      '2016-01-27T13:49:53.935Z',
      '2017-01-27T13:49:53.935Z',
      '2018-01-27T13:49:53.935Z',
      '2019-01-27T13:49:53.935Z',
    ]
    const { body } = await post(app, `${INBOX}objects/`, { objects: times.map((t) => coa(t)) })
    assert.equal(body.success_count, 5)
    const versions = async () => (await get(app, `${INBOX}objects/${id}/versions/`)).body.versions
    assert.deepEqual(await versions(), times)

    const r = await del(app, `${INBOX}objects/${id}/?match[version]=2018-01-27T13:49:53.935Z`)
    assert.equal(r.status, 200)
    assert.equal(r.headers.get('content-type'), TAXII_MEDIA_TYPE)
    assert.deepEqual(await versions(), [times[0], times[1], times[2], times[4]])
    assert.equal((await del(app, `${INBOX}objects/${id}/?match[version]=first`)).status, 200)
    assert.deepEqual(await versions(), [times[1], times[2], times[4]])
    assert.equal((await del(app, `${INBOX}objects/${id}/?match[version]=last`)).status, 200)
    assert.deepEqual(await versions(), [times[1], times[2]])
    assert.equal((await del(app, `${INBOX}objects/${id}/`)).status, 200)
    assert.equal((await get(app, `${INBOX}objects/${id}/`)).res.status, 404)
    const gone = await get(app, `${INBOX}objects/${id}/versions/`)
    assert.equal(gone.res.status, 404)
    assert.equal(gone.res.headers.get('content-type'), TAXII_MEDIA_TYPE)
    assert.equal((await del(app, `${INBOX}objects/${id}/`)).status, 404)
  })

  test('DELETE honours match[spec_version]', async () => {
    const app = newApp()
    const id = 'course-of-action--68794cd5-28db-429d-ab1e-1256704ef906'
    await post(app, `${INBOX}objects/`, {
      objects: [coa('2017-01-27T13:49:53.935Z'), coa('2019-01-27T13:49:53.935Z', { spec_version: '2.0' })],
    })
    assert.equal((await del(app, `${INBOX}objects/${id}/?match[spec_version]=2.0`)).status, 200)
    assert.deepEqual((await get(app, `${INBOX}objects/${id}/versions/`)).body.versions, ['2017-01-27T13:49:53.935Z'])
    assert.equal((await del(app, `${INBOX}objects/${id}/?match[spec_version]=2.1`)).status, 200)
    assert.equal((await get(app, `${INBOX}objects/${id}/versions/`)).res.status, 404)
  })

  test('DELETE needs both permissions: 403 without one, 404 without either', async () => {
    const app = newApp()
    assert.equal((await del(app, `${READ_ONLY}objects/report--3e0a8d7f-4c31-4c6e-9c81-8a4f5e6d7b04/`)).status, 403)
    assert.equal((await del(app, `${WRITE_ONLY}objects/${IS}/`)).status, 403)
    assert.equal((await del(app, `${SEALED}objects/indicator--5ac3af91-6e53-4e80-9ea3-ac617f809d07/`)).status, 404)
    assert.equal((await del(app, `${MISSING}objects/${IS}/`)).status, 404)
    assert.equal((await del(app, `${ATTR}objects/${IS}/?match[version]=yesterday`)).status, 400)
  })
})
