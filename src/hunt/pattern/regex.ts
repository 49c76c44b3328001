// A regular-expression engine for MATCHES and LIKE with a hard step budget, so a catastrophic expression such as
// `(a+)+$` fails fast with an error instead of hanging (V8's own engine cannot be interrupted).
//
// Syntax is Python `re` (what the reference matcher uses): groups, (?:…), (?P<name>…), (?P=name), backreferences,
// look-ahead, fixed-width look-behind, lazy quantifiers, {m,n}, classes, \d \w \s \b \A \Z, \xhh \uhhhh, inline
// flags (?imsx). The compiled program runs on a backtracking VM with an explicit stack (no recursion on the input),
// and every instruction executed counts against the budget: BASE_STEPS + STEPS_PER_CHAR × input length per search.

export const BASE_STEPS = 1_000_000
export const STEPS_PER_CHAR = 200
const MAX_PROGRAM = 200_000

export class RegexError extends Error {
  /** 'syntax': the expression is not valid; 'budget': matching exceeded its step budget; 'size': too large. */
  readonly kind: 'syntax' | 'budget' | 'size'
  constructor(kind: RegexError['kind'], message: string) {
    super(message)
    this.name = 'RegexError'
    this.kind = kind
  }
}

interface Flags {
  i: boolean
  m: boolean
  s: boolean
  x: boolean
}

type CharTest = (c: number) => boolean

type Node =
  | { t: 'char'; c: number }
  | { t: 'set'; test: CharTest }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'group'; index: number | null; body: Node }
  | { t: 'rep'; body: Node; min: number; max: number; lazy: boolean }
  | { t: 'assert'; kind: 'bol' | 'eol' | 'mbol' | 'meol' | 'A' | 'Z' | 'b' | 'B' }
  | { t: 'backref'; index: number }
  | { t: 'look'; behind: boolean; neg: boolean; body: Node }

const isDigitU: CharTest = (c) => /\p{Nd}/u.test(String.fromCodePoint(c))
const isWordU: CharTest = (c) => c === 95 || /[\p{L}\p{N}\p{Mn}]/u.test(String.fromCodePoint(c))
const isSpaceU: CharTest = (c) => /\s/u.test(String.fromCodePoint(c)) && c !== 0xfeff
const isDigitA: CharTest = (c) => c >= 48 && c <= 57
const isWordA: CharTest = (c) => isDigitA(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
const isSpaceA: CharTest = (c) => c === 32 || (c >= 9 && c <= 13)

function lower(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c
  const s = String.fromCodePoint(c).toLowerCase()
  return s.length > 0 && s.codePointAt(0)! <= 0x10ffff && [...s].length === 1 ? s.codePointAt(0)! : c
}
function upper(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c
  const s = String.fromCodePoint(c).toUpperCase()
  return [...s].length === 1 ? s.codePointAt(0)! : c
}

class RegexParser {
  private readonly src: number[]
  private pos = 0
  groupCount = 0
  readonly names = new Map<string, number>()
  private readonly ascii: boolean
  flags: Flags

  constructor(source: string, ascii: boolean) {
    this.src = [...source].map((ch) => ch.codePointAt(0)!)
    this.ascii = ascii
    this.flags = { i: false, m: false, s: false, x: false }
    // Global inline flags: Python applies (?i) etc. to the whole expression wherever they appear.
    for (const m of source.matchAll(/\(\?([aiLmsux]+)\)/g)) {
      for (const f of m[1]!) if (f === 'i' || f === 'm' || f === 's' || f === 'x') this.flags[f] = true
    }
  }

  private fail(message: string): never {
    throw new RegexError('syntax', `${message} at position ${this.pos}`)
  }
  private peek(k = 0): number | undefined {
    return this.src[this.pos + k]
  }
  private eat(c: string): boolean {
    if (this.src[this.pos] === c.codePointAt(0)) {
      this.pos++
      return true
    }
    return false
  }

  parse(): Node {
    const node = this.alternation(this.flags)
    if (this.pos < this.src.length) this.fail('unbalanced parenthesis')
    return node
  }

  private alternation(flags: Flags): Node {
    const alts = [this.sequence(flags)]
    while (this.eat('|')) alts.push(this.sequence(flags))
    return alts.length === 1 ? alts[0]! : { t: 'alt', alts }
  }

  private sequence(flags: Flags): Node {
    const items: Node[] = []
    for (;;) {
      const c = this.peek()
      if (c === undefined || c === 0x7c /* | */ || c === 0x29 /* ) */) break
      if (flags.x && (isSpaceA(c) || c === 0x23)) {
        if (c === 0x23) while (this.peek() !== undefined && this.peek() !== 10) this.pos++
        else this.pos++
        continue
      }
      const atom = this.atom(flags)
      if (atom === null) continue
      items.push(this.quantified(atom, flags))
    }
    return items.length === 1 ? items[0]! : { t: 'seq', items }
  }

  private quantified(atom: Node, flags: Flags): Node {
    let node = atom
    for (;;) {
      const c = this.peek()
      let min: number
      let max: number
      if (c === 0x2a) [min, max] = [0, Infinity]
      else if (c === 0x2b) [min, max] = [1, Infinity]
      else if (c === 0x3f) [min, max] = [0, 1]
      else if (c === 0x7b) {
        const braces = this.braces()
        if (!braces) return node
        ;[min, max] = braces
        this.pos-- // braces() consumed through '}', the common step below consumes one more
      } else return node
      this.pos++
      if (node.t === 'assert' || node.t === 'look') this.fail('nothing to repeat')
      if (node.t === 'rep') this.fail('multiple repeat')
      let lazy = false
      if (this.eat('?')) lazy = true
      else this.eat('+') // possessive: treated as greedy
      if (max < min) this.fail('min repeat greater than max repeat')
      node = { t: 'rep', body: node, min, max, lazy }
      void flags
    }
  }

  /** `{m}`, `{m,}`, `{,n}`, `{m,n}`; anything else is a literal '{' (Python's rule). */
  private braces(): [number, number] | undefined {
    const save = this.pos
    this.pos++
    const digits = () => {
      let s = ''
      while (this.peek() !== undefined && isDigitA(this.peek()!)) s += String.fromCodePoint(this.src[this.pos++]!)
      return s
    }
    const a = digits()
    let b = a
    let comma = false
    if (this.eat(',')) {
      comma = true
      b = digits()
    }
    if (!this.eat('}') || (a === '' && !comma)) {
      this.pos = save
      return undefined
    }
    return [a === '' ? 0 : Number(a), comma ? (b === '' ? Infinity : Number(b)) : Number(a)]
  }

  private atom(flags: Flags): Node | null {
    const c = this.src[this.pos++]!
    switch (c) {
      case 0x28:
        return this.group(flags)
      case 0x5b:
        return this.charClass(flags)
      case 0x2e: {
        const dotAll = flags.s
        return { t: 'set', test: (x) => dotAll || x !== 10 }
      }
      case 0x5e:
        return { t: 'assert', kind: flags.m ? 'mbol' : 'bol' }
      case 0x24:
        return { t: 'assert', kind: flags.m ? 'meol' : 'eol' }
      case 0x5c:
        return this.escape(flags, false)
      case 0x2a:
      case 0x2b:
      case 0x3f:
        return this.fail('nothing to repeat')
      default:
        return this.literal(c, flags)
    }
  }

  private literal(c: number, flags: Flags): Node {
    if (flags.i && lower(c) !== upper(c)) {
      const l = lower(c)
      return { t: 'set', test: (x) => x === c || lower(x) === l }
    }
    return { t: 'char', c }
  }

  private group(flags: Flags): Node | null {
    if (!this.eat('?')) {
      const index = ++this.groupCount
      const body = this.alternation(flags)
      if (!this.eat(')')) this.fail('missing ), unterminated subpattern')
      return { t: 'group', index, body }
    }
    const c = this.src[this.pos++]
    if (c === 0x3a /* : */) return this.closeGroup(null, flags)
    if (c === 0x3d /* = */ || c === 0x21 /* ! */) {
      const body = this.alternation(flags)
      if (!this.eat(')')) this.fail('missing ), unterminated subpattern')
      return { t: 'look', behind: false, neg: c === 0x21, body }
    }
    if (c === 0x3c /* < */ && (this.peek() === 0x3d || this.peek() === 0x21)) {
      const neg = this.src[this.pos++] === 0x21
      const body = this.alternation(flags)
      if (!this.eat(')')) this.fail('missing ), unterminated subpattern')
      if (width(body) < 0) this.fail('look-behind requires fixed-width pattern')
      return { t: 'look', behind: true, neg, body }
    }
    if (c === 0x50 /* P */ || c === 0x3c /* < (3.12 named) */) {
      if (c === 0x50 && this.eat('=')) {
        const name = this.name(')')
        const index = this.names.get(name)
        if (index === undefined) this.fail(`unknown group name '${name}'`)
        return { t: 'backref', index }
      }
      if (c === 0x50 && !this.eat('<')) this.fail('unknown extension ?P')
      const name = this.name('>')
      const index = ++this.groupCount
      this.names.set(name, index)
      return this.closeGroup(index, flags)
    }
    if (c === 0x23 /* # */) {
      while (this.peek() !== undefined && this.peek() !== 0x29) this.pos++
      if (!this.eat(')')) this.fail('missing ), unterminated comment')
      return null
    }
    // Inline flags: (?imsx) (already applied globally) or scoped (?imsx-imsx:…).
    this.pos--
    const local = { ...flags }
    let on = true
    for (;;) {
      const f = this.src[this.pos++]
      if (f === undefined) this.fail('missing -, : or )')
      const ch = String.fromCodePoint(f)
      if (ch === ')') return null
      if (ch === ':') return this.closeGroup(null, local)
      if (ch === '-') on = false
      else if (ch === 'i' || ch === 'm' || ch === 's' || ch === 'x') local[ch] = on
      else if (ch !== 'a' && ch !== 'u' && ch !== 'L') this.fail(`unknown extension ?${ch}`)
    }
  }

  private closeGroup(index: number | null, flags: Flags): Node {
    const body = this.alternation(flags)
    if (!this.eat(')')) this.fail('missing ), unterminated subpattern')
    return { t: 'group', index, body }
  }

  private name(end: string): string {
    let s = ''
    while (this.peek() !== undefined && this.peek() !== end.codePointAt(0))
      s += String.fromCodePoint(this.src[this.pos++]!)
    if (!this.eat(end) || !/^[\p{L}_][\p{L}\p{N}_]*$/u.test(s)) this.fail('bad character in group name')
    return s
  }

  private hex(n: number): number {
    let s = ''
    for (let k = 0; k < n; k++) {
      const c = this.peek()
      if (c === undefined || !/[0-9a-fA-F]/.test(String.fromCodePoint(c))) this.fail('incomplete escape')
      s += String.fromCodePoint(c)
      this.pos++
    }
    return Number.parseInt(s, 16)
  }

  /** An escape after '\'; inside a class only single characters and \d\w\s families are allowed. */
  private escape(flags: Flags, inClass: boolean): Node {
    const c = this.src[this.pos++]
    if (c === undefined) this.fail('bad escape (end of pattern)')
    const ch = String.fromCodePoint(c)
    const a = this.ascii
    switch (ch) {
      case 'd':
        return { t: 'set', test: a ? isDigitA : isDigitU }
      case 'D':
        return { t: 'set', test: a ? (x) => !isDigitA(x) : (x) => !isDigitU(x) }
      case 'w':
        return { t: 'set', test: a ? isWordA : isWordU }
      case 'W':
        return { t: 'set', test: a ? (x) => !isWordA(x) : (x) => !isWordU(x) }
      case 's':
        return { t: 'set', test: a ? isSpaceA : isSpaceU }
      case 'S':
        return { t: 'set', test: a ? (x) => !isSpaceA(x) : (x) => !isSpaceU(x) }
      case 'n':
        return { t: 'char', c: 10 }
      case 't':
        return { t: 'char', c: 9 }
      case 'r':
        return { t: 'char', c: 13 }
      case 'f':
        return { t: 'char', c: 12 }
      case 'v':
        return { t: 'char', c: 11 }
      case 'a':
        return { t: 'char', c: 7 }
      case 'x':
        return this.literal(this.hex(2), flags)
      case 'u':
        if (a) break
        return this.literal(this.hex(4), flags)
      case 'U':
        if (a) break
        return this.literal(this.hex(8), flags)
    }
    if (inClass && ch === 'b') return { t: 'char', c: 8 }
    if (!inClass) {
      if (ch === 'A') return { t: 'assert', kind: 'A' }
      if (ch === 'Z') return { t: 'assert', kind: 'Z' }
      if (ch === 'b') return { t: 'assert', kind: 'b' }
      if (ch === 'B') return { t: 'assert', kind: 'B' }
    }
    if (ch === '0' || (inClass && /[1-7]/.test(ch))) {
      // Octal: \0, \0oo, up to three digits.
      let v = c - 48
      for (let k = 0; k < 2 && this.peek() !== undefined && /[0-7]/.test(String.fromCodePoint(this.peek()!)); k++) {
        v = v * 8 + (this.src[this.pos++]! - 48)
      }
      return this.literal(v, flags)
    }
    if (/[1-9]/.test(ch)) {
      let n = c - 48
      if (this.peek() !== undefined && isDigitA(this.peek()!)) n = n * 10 + (this.src[this.pos++]! - 48)
      if (n > this.groupCount) this.fail(`invalid group reference ${n}`)
      return { t: 'backref', index: n }
    }
    if (/[A-Za-z0-9]/.test(ch)) this.fail(`bad escape \\${ch}`)
    return this.literal(c, flags)
  }

  private charClass(flags: Flags): Node {
    const negate = this.eat('^')
    const tests: CharTest[] = []
    let first = true
    for (;;) {
      const c = this.peek()
      if (c === undefined) this.fail('unterminated character set')
      if (c === 0x5d && !first) {
        this.pos++
        break
      }
      first = false
      const lo = this.classAtom(flags)
      if (typeof lo === 'number' && this.peek() === 0x2d && this.peek(1) !== undefined && this.peek(1) !== 0x5d) {
        this.pos++
        const hi = this.classAtom(flags)
        if (typeof hi !== 'number') this.fail('bad character range')
        if (hi < lo) this.fail('bad character range')
        tests.push((x) => x >= lo && x <= hi)
      } else if (typeof lo === 'number') tests.push((x) => x === lo)
      else tests.push(lo)
    }
    const icase = flags.i
    const inSet = (x: number) => tests.some((t) => t(x))
    const matches = icase ? (x: number) => inSet(x) || inSet(lower(x)) || inSet(upper(x)) : inSet
    return { t: 'set', test: negate ? (x) => !matches(x) : matches }
  }

  private classAtom(flags: Flags): number | CharTest {
    const c = this.src[this.pos++]!
    if (c !== 0x5c) return c
    const node = this.escape({ ...flags, i: false }, true)
    if (node.t === 'char') return node.c
    if (node.t === 'set') return node.test
    return this.fail('bad escape in character set')
  }
}

/** The fixed number of characters a node matches, or -1 when it varies. */
function width(node: Node): number {
  switch (node.t) {
    case 'char':
    case 'set':
      return 1
    case 'assert':
    case 'look':
      return 0
    case 'backref':
      return -1
    case 'group':
      return width(node.body)
    case 'seq': {
      let total = 0
      for (const item of node.items) {
        const w = width(item)
        if (w < 0) return -1
        total += w
      }
      return total
    }
    case 'alt': {
      const widths = node.alts.map(width)
      return widths.every((w) => w === widths[0]) ? widths[0]! : -1
    }
    case 'rep': {
      const w = width(node.body)
      return w >= 0 && node.min === node.max ? w * node.min : -1
    }
  }
}

function nullable(node: Node): boolean {
  switch (node.t) {
    case 'char':
    case 'set':
      return false
    case 'assert':
    case 'look':
    case 'backref':
      return true
    case 'group':
      return nullable(node.body)
    case 'seq':
      return node.items.every(nullable)
    case 'alt':
      return node.alts.some(nullable)
    case 'rep':
      return node.min === 0 || nullable(node.body)
  }
}

// Instructions: [op, a, b]. Ops are small integers for a tight dispatch loop.
const CHAR = 0
const SET = 1
const SPLIT = 2 // try a, then b
const JMP = 3
const SAVE = 4
const ASSERT = 5
const BACKREF = 6
const LOOK = 7
const MARK = 8
const PROGRESS = 9
const MATCH = 10

interface Program {
  ops: number[]
  a: number[]
  b: number[]
  sets: CharTest[]
  asserts: Node[]
  looks: { prog: Program; behind: boolean; neg: boolean; width: number }[]
  registers: number
}

class Compiler {
  readonly prog: Program = { ops: [], a: [], b: [], sets: [], asserts: [], looks: [], registers: 0 }
  private readonly counter: { registers: number }

  constructor(counter: { registers: number }) {
    this.counter = counter
  }

  private emit(op: number, a = 0, b = 0): number {
    if (this.prog.ops.length > MAX_PROGRAM) throw new RegexError('size', 'regular expression too large')
    this.prog.ops.push(op)
    this.prog.a.push(a)
    this.prog.b.push(b)
    return this.prog.ops.length - 1
  }

  finish(node: Node): Program {
    this.node(node)
    this.emit(MATCH)
    this.prog.registers = this.counter.registers
    return this.prog
  }

  private node(n: Node): void {
    switch (n.t) {
      case 'char':
        this.emit(CHAR, n.c)
        return
      case 'set':
        this.prog.sets.push(n.test)
        this.emit(SET, this.prog.sets.length - 1)
        return
      case 'seq':
        for (const item of n.items) this.node(item)
        return
      case 'alt': {
        const jumps: number[] = []
        n.alts.forEach((alt, i) => {
          if (i < n.alts.length - 1) {
            const split = this.emit(SPLIT)
            this.prog.a[split] = split + 1
            this.node(alt)
            jumps.push(this.emit(JMP))
            this.prog.b[split] = this.prog.ops.length
          } else this.node(alt)
        })
        for (const j of jumps) this.prog.a[j] = this.prog.ops.length
        return
      }
      case 'group':
        if (n.index === null) this.node(n.body)
        else {
          this.emit(SAVE, n.index * 2)
          this.node(n.body)
          this.emit(SAVE, n.index * 2 + 1)
        }
        return
      case 'assert':
        this.prog.asserts.push(n)
        this.emit(ASSERT, this.prog.asserts.length - 1)
        return
      case 'backref':
        this.emit(BACKREF, n.index)
        return
      case 'look': {
        const sub = new Compiler(this.counter).finish(n.body)
        this.prog.looks.push({ prog: sub, behind: n.behind, neg: n.neg, width: n.behind ? width(n.body) : 0 })
        this.emit(LOOK, this.prog.looks.length - 1)
        return
      }
      case 'rep':
        this.repeat(n)
        return
    }
  }

  private optional(body: Node, lazy: boolean): void {
    const split = this.emit(SPLIT)
    const start = this.prog.ops.length
    this.node(body)
    const end = this.prog.ops.length
    this.prog.a[split] = lazy ? end : start
    this.prog.b[split] = lazy ? start : end
  }

  private star(body: Node, lazy: boolean): void {
    const guard = nullable(body)
    const reg = guard ? this.counter.registers++ : -1
    const split = this.emit(SPLIT)
    const start = this.prog.ops.length
    if (guard) this.emit(MARK, reg)
    this.node(body)
    if (guard) this.emit(PROGRESS, reg)
    this.emit(JMP, split)
    const end = this.prog.ops.length
    this.prog.a[split] = lazy ? end : start
    this.prog.b[split] = lazy ? start : end
  }

  private repeat(n: { body: Node; min: number; max: number; lazy: boolean }): void {
    if (n.min > 10_000 || (n.max !== Infinity && n.max > 10_000)) {
      throw new RegexError('size', 'repeat count too large')
    }
    for (let k = 0; k < n.min; k++) this.node(n.body)
    if (n.max === Infinity) this.star(n.body, n.lazy)
    else for (let k = n.min; k < n.max; k++) this.optional(n.body, n.lazy)
  }
}

interface Budget {
  steps: number
  limit: number
}

const isWordFor = (ascii: boolean) => (ascii ? isWordA : isWordU)

/** Run `prog` anchored at `start`; returns the end position or -1. */
function run(
  prog: Program,
  input: ArrayLike<number>,
  start: number,
  slots: number[],
  budget: Budget,
  ascii: boolean,
): number {
  const { ops, a: A, b: B } = prog
  const n = input.length
  const regs = new Array<number>(prog.registers).fill(-1)
  // Backtrack stack entries of three numbers: [kind, x, y]. kind 0: branch (pc, pos); 1: slot restore; 2: register.
  const stack: number[] = []
  let pc = 0
  let pos = start
  const isWord = isWordFor(ascii)
  for (;;) {
    if (++budget.steps > budget.limit) {
      throw new RegexError('budget', `regular expression exceeded its step budget (${budget.limit} steps)`)
    }
    let ok = true
    const op = ops[pc]!
    switch (op) {
      case CHAR:
        if (pos < n && input[pos] === A[pc]) {
          pos++
          pc++
        } else ok = false
        break
      case SET:
        if (pos < n && prog.sets[A[pc]!]!(input[pos]!)) {
          pos++
          pc++
        } else ok = false
        break
      case SPLIT:
        stack.push(0, B[pc]!, pos)
        pc = A[pc]!
        break
      case JMP:
        pc = A[pc]!
        break
      case SAVE: {
        const slot = A[pc]!
        stack.push(1, slot, slots[slot] ?? -1)
        slots[slot] = pos
        pc++
        break
      }
      case ASSERT: {
        const kind = (prog.asserts[A[pc]!] as { kind: string }).kind
        const prevWord = pos > 0 && isWord(input[pos - 1]!)
        const nextWord = pos < n && isWord(input[pos]!)
        const pass =
          kind === 'bol'
            ? pos === 0
            : kind === 'mbol'
              ? pos === 0 || input[pos - 1] === 10
              : kind === 'eol'
                ? pos === n || (pos === n - 1 && input[pos] === 10)
                : kind === 'meol'
                  ? pos === n || input[pos] === 10
                  : kind === 'A'
                    ? pos === 0
                    : kind === 'Z'
                      ? pos === n
                      : kind === 'b'
                        ? prevWord !== nextWord
                        : prevWord === nextWord
        if (pass) pc++
        else ok = false
        break
      }
      case BACKREF: {
        const s = slots[A[pc]! * 2] ?? -1
        const e = slots[A[pc]! * 2 + 1] ?? -1
        if (s < 0 || e < 0) {
          ok = false
          break
        }
        const len = e - s
        if (pos + len > n) {
          ok = false
          break
        }
        for (let k = 0; k < len; k++) {
          if (input[s + k] !== input[pos + k]) {
            ok = false
            break
          }
        }
        if (ok) {
          pos += len
          pc++
        }
        break
      }
      case LOOK: {
        const look = prog.looks[A[pc]!]!
        let found: boolean
        if (look.behind) {
          const from = pos - look.width
          found = from >= 0 && run(look.prog, input, from, [...slots], budget, ascii) === pos
        } else found = run(look.prog, input, pos, [...slots], budget, ascii) >= 0
        if (found !== look.neg) pc++
        else ok = false
        break
      }
      case MARK: {
        const r = A[pc]!
        stack.push(2, r, regs[r]!)
        regs[r] = pos
        pc++
        break
      }
      case PROGRESS:
        if (regs[A[pc]!] === pos) ok = false
        else pc++
        break
      case MATCH:
        return pos
    }
    if (ok) continue
    // Backtrack: undo slot/register writes until a branch point.
    for (;;) {
      if (stack.length === 0) return -1
      const y = stack.pop()!
      const x = stack.pop()!
      const kind = stack.pop()!
      if (kind === 0) {
        pc = x
        pos = y
        break
      }
      if (kind === 1) slots[x] = y
      else regs[x] = y
    }
  }
}

export interface SafeRegex {
  /** Unanchored search (Python `re.search`) over code points; throws RegexError('budget') past the step budget. */
  search(input: ArrayLike<number>): boolean
  /** Anchored at the start (Python `re.match`). */
  matchStart(input: ArrayLike<number>): boolean
}

/**
 * Compile a Python-syntax regular expression. `ascii` selects byte semantics (\w, \d, \s ASCII only), used when the
 * subject is binary data. Throws RegexError('syntax' | 'size').
 */
export function compileRegex(source: string, opts: { ascii?: boolean } = {}): SafeRegex {
  const ascii = opts.ascii ?? false
  const parser = new RegexParser(source, ascii)
  const tree = parser.parse()
  const prog = new Compiler({ registers: 0 }).finish(tree)
  const slotCount = (parser.groupCount + 1) * 2
  const anchored = prog.ops[0] === ASSERT && ['bol', 'A'].includes((prog.asserts[0] as { kind: string }).kind)
  const firstChar = prog.ops[0] === CHAR ? prog.a[0]! : -1
  const attempt = (input: ArrayLike<number>, start: number, budget: Budget) =>
    run(prog, input, start, new Array<number>(slotCount).fill(-1), budget, ascii) >= 0
  return {
    search(input) {
      const budget = { steps: 0, limit: BASE_STEPS + STEPS_PER_CHAR * input.length }
      const last = anchored ? 0 : input.length
      for (let start = 0; start <= last; start++) {
        if (firstChar >= 0 && input[start] !== firstChar) continue
        if (attempt(input, start, budget)) return true
      }
      return false
    },
    matchStart(input) {
      return attempt(input, 0, { steps: 0, limit: BASE_STEPS + STEPS_PER_CHAR * input.length })
    },
  }
}

/** Code points of a string (Python indexes strings by code point). */
export function codePoints(s: string): number[] {
  const out: number[] = []
  for (const ch of s) out.push(ch.codePointAt(0)!)
  return out
}
