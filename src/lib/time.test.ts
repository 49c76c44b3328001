import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseUserDate } from './time.ts'

test('parseUserDate takes the end of a period for as-of cut-offs and the start otherwise', () => {
  assert.equal(parseUserDate('2021-07-18', true), '2021-07-18T23:59:59.999Z')
  assert.equal(parseUserDate('2021', false), '2021-01-01T00:00:00.000Z')
  assert.equal(parseUserDate('2021-02', true), '2021-02-28T23:59:59.999Z')
  assert.equal(parseUserDate('not a date'), undefined)
})
