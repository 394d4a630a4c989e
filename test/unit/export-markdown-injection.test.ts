import { JSDOM } from 'jsdom';
import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { mdInline, workshopToMarkdown } from '../../shared/export';
import type { WorkshopJson } from '../../shared/model/interchange';
import { sampleJson, workshopFromJson } from '../support/export-workshops';

/*
 * User text must never become Markdown structure: a title "# Heading" stays a title, a
 * purpose line "- item" stays a line of the paragraph. The exported Markdown is rendered
 * by a real Markdown engine (marked, GFM) and its block structure compared with the same
 * workshop holding harmless text in the same fields; the rendered HTML must still show
 * every text as typed.
 */

const generatedAt = new Date(2027, 0, 20, 9, 0);

/** One-line texts that are each a piece of Markdown block (or inline HTML) syntax. */
const LINE_PAYLOADS = [
  '# Injected heading',
  '## Injected h2 #',
  '- injected bullet',
  '+ injected plus bullet',
  '* injected star bullet',
  '1. injected ordered item',
  '2) injected ordered item',
  '> injected quote',
  '```js',
  '~~~',
  '---',
  '***',
  '___',
  '===',
  '- - -',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<div>block html</div>',
  '| a | b |',
  '[ref]: /evil "title"',
  '[a link](/evil)',
  '&lt;b&gt; is not bold',
  'Win #',
  '    four spaces of indent',
] as const;

/** A paragraph that tries every line-leading construct after an ordinary first line. */
const PARAGRAPH_PAYLOAD = [
  'An ordinary first line',
  '# heading',
  '- bullet',
  '1. ordered',
  '> quote',
  '---',
  '===',
  '```',
  'code',
  '```',
  '<script>alert(1)</script>',
  '',
  '    indented code after a blank line',
  '| a | b |',
  '| - | - |',
  '~~~',
].join('\n');

/**
 * The sample workshop with `text(i)` in every text field the Markdown prints, and
 * `paragraph` in the one-pager's free texts and the descriptions.
 */
function workshopWith(text: (i: number) => string, paragraph: string): WorkshopJson {
  let n = 0;
  const next = () => text(n++);
  const data = sampleJson();
  data.title = next();
  data.cycle = next();
  data.onePager.purpose = paragraph;
  data.onePager.vision = paragraph;
  data.onePager.customers = paragraph;
  for (const f of data.onePager.focusAreas) {
    f.title = next();
    f.description = next();
  }
  data.onePager.notDoing = data.onePager.notDoing.map(() => next());
  data.onePager.metrics = data.onePager.metrics.map(() => next());
  for (const p of data.projects) {
    p.title = next();
    p.team = next();
    p.rationale = next();
  }
  for (const o of data.objectives) {
    o.title = next();
    o.description = paragraph;
    if (o.team) o.team = next();
    for (const k of o.keyResults) {
      k.title = next();
      k.metric = next();
      k.unit = next();
    }
  }
  for (const c of data.checkIns) c.note = next();
  return data;
}

const hostile = workshopWith((i) => LINE_PAYLOADS[i % LINE_PAYLOADS.length]!, PARAGRAPH_PAYLOAD);
const harmless = workshopWith(
  (i) => `plain text ${i}`,
  PARAGRAPH_PAYLOAD.split('\n')
    .map((line, i) => (line ? `plain line ${i}` : ''))
    .join('\n'),
);

const markdownOf = (data: WorkshopJson) =>
  workshopToMarkdown(workshopFromJson(data), { generatedAt, participants: ['# Ana', '- Ben'] });

/**
 * The block structure marked sees, depth first: block token types (headings with their
 * depth, lists ordered or not, with their item count), and every html token. Inline text
 * is left out: it is what differs.
 */
function structure(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case 'heading':
        out.push(`h${(t as Tokens.Heading).depth}`);
        break;
      case 'list': {
        const l = t as Tokens.List;
        out.push(`${l.ordered ? 'ol' : 'ul'}(${l.items.length})`);
        break;
      }
      case 'table': {
        const tb = t as Tokens.Table;
        out.push(`table(${tb.header.length}x${tb.rows.length})`);
        break;
      }
      case 'html':
        out.push(`html:${t.raw.trim()}`);
        break;
      case 'text':
      case 'escape':
      case 'space':
      case 'strong':
      case 'em':
      case 'br':
        break;
      default:
        out.push(t.type);
    }
    const children = (t as { tokens?: Token[] }).tokens;
    if (children) out.push(...structure(children));
    if (t.type === 'list')
      for (const item of (t as Tokens.List).items) out.push(...structure(item.tokens));
    if (t.type === 'table') {
      const tb = t as Tokens.Table;
      for (const cell of [...tb.header, ...tb.rows.flat()]) out.push(...structure(cell.tokens));
    }
  }
  return out;
}

/** The text a reader sees in the rendered HTML, whitespace collapsed. */
function renderedText(md: string): string {
  const html = marked.parse(md, { async: false, gfm: true });
  const text = new JSDOM(html).window.document.body.textContent ?? '';
  return text.replace(/\s+/g, ' ');
}

describe('Markdown: user text cannot inject structure (issue 15, Exports)', () => {
  const md = markdownOf(hostile);
  const tokens = marked.lexer(md, { gfm: true });

  it('renders with the same block structure as harmless text in the same fields', () => {
    expect(structure(tokens)).toEqual(structure(marked.lexer(markdownOf(harmless), { gfm: true })));
  });

  it('has no injected heading, list, quote, code, rule or HTML', () => {
    const kinds = structure(tokens);
    expect(kinds.filter((k) => k.startsWith('html:') && k !== 'html:<br>')).toEqual([]);
    for (const kind of ['blockquote', 'code', 'codespan', 'del', 'link', 'image', 'def'])
      expect(kinds).not.toContain(kind);
    expect(kinds.filter((k) => k === 'hr')).toHaveLength(1); // the footer's rule
    const headings = tokens.filter((t): t is Tokens.Heading => t.type === 'heading');
    expect(headings.map((h) => h.text.replace(/\\(.)/g, '$1'))).toContain('# Injected heading');
    const html = marked.parse(md, { async: false, gfm: true });
    expect(html).not.toMatch(/<(script|img|div|blockquote|pre|code|del|a)\b/i);
  });

  it('keeps every text as typed in the rendered document', () => {
    const text = renderedText(md);
    for (const payload of LINE_PAYLOADS) expect(text).toContain(payload.trim());
    for (const line of PARAGRAPH_PAYLOAD.split('\n').filter(Boolean))
      expect(text).toContain(line.trim());
    expect(text).toContain('# Ana, - Ben');
  });

  it('mdInline escapes a line start only where it would be syntax', () => {
    expect(mdInline('- item')).toBe('\\- item');
    expect(mdInline('-5% churn')).toBe('-5% churn');
    expect(mdInline('2027. A year')).toBe('2027\\. A year');
    expect(mdInline('2027.5 units')).toBe('2027.5 units');
    expect(mdInline('===')).toBe('\\===');
    expect(mdInline('a = b')).toBe('a = b');
    expect(mdInline('R&D &amp; more')).toBe('R&D \\&amp; more');
  });
});
