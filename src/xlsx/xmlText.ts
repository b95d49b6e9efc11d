/** The few XML helpers the streaming .xlsx reader needs, on strings it already holds (no DOM, no parser). */

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Character and entity references replaced: "A&amp;B" -> "A&B", "&#x4E2D;" -> "中". */
export function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/** Excel writes characters XML cannot hold as _xHHHH_ ("_x000D_" for a carriage return). */
export function unescapeOoxml(s: string): string {
  const plain = unescapeXml(s);
  return plain.indexOf('_x') < 0 ? plain : plain.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The value of attribute `name` in a start tag's text (`<c r="A1" t="s">`), or undefined. Prefixes are ignored. */
export function attribute(tag: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = tag.indexOf(`${name}=`, from);
    if (at < 0) return undefined;
    const before = tag.charCodeAt(at - 1);
    // A whole name: preceded by a space (or a prefix's colon), not the tail of a longer name ("ref" in "xref").
    if (before === 32 || before === 58 || before === 9 || before === 10 || before === 13) {
      const quote = tag[at + name.length + 1];
      const end = tag.indexOf(quote, at + name.length + 2);
      if (end < 0) return undefined;
      return unescapeXml(tag.slice(at + name.length + 2, end));
    }
    from = at + name.length;
  }
}

/** Every start or empty tag named `name` in `xml` (`<sheet .../>`), as the tag's text. */
export function tagsNamed(xml: string, name: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<(?:[A-Za-z0-9_]+:)?${name}[\\s/>][^>]*>`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[0]);
  return out;
}

/** The text of every <t> element in an <si> or <is> (rich-text runs joined), leaving out phonetic runs (<rPh>). */
export function textRuns(xml: string): string {
  const withoutPhonetic = xml.indexOf('<rPh') < 0 ? xml : xml.replace(/<rPh[\s>][\s\S]*?<\/rPh>/g, '');
  let out = '';
  let at = 0;
  for (;;) {
    const open = withoutPhonetic.indexOf('<t', at);
    if (open < 0) break;
    const after = withoutPhonetic.charCodeAt(open + 2);
    // <t> or <t xml:space="preserve">, not <tabColor> or the like.
    if (after !== 62 && after !== 32) {
      at = open + 2;
      continue;
    }
    const gt = withoutPhonetic.indexOf('>', open);
    if (withoutPhonetic.charCodeAt(gt - 1) === 47) {
      at = gt + 1;
      continue;
    }
    const close = withoutPhonetic.indexOf('</t>', gt);
    if (close < 0) break;
    out += withoutPhonetic.slice(gt + 1, close);
    at = close + 4;
  }
  return unescapeOoxml(out);
}
