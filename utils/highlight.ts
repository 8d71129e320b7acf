/**
 * Shows an evidence sentence in the live page: finds its text among the page's text nodes,
 * scrolls to it and highlights it with the CSS Custom Highlight API (no change to the page's
 * DOM), or with the selection where that API is missing.
 */

const HIGHLIGHT_NAME = 'outage-lens-evidence';
const MAX_NODES = 20_000;

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A Range over the first occurrence of `sentence` in `root`'s text, or null. */
export function findTextRange(doc: Document, root: Node, sentence: string): Range | null {
  const wanted = squash(sentence).slice(0, 160);
  if (wanted.length < 4) return null;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  let lastSpace = true;
  for (let n = walker.nextNode(); n && nodes.length < MAX_NODES; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(parent.tagName)) continue;
    if (parent?.closest('outage-lens-sidebar')) continue;
    nodes.push(n as Text);
    starts.push(text.length);
    // Collapse white space as `squash` does, keeping a map from squashed offsets to nodes.
    for (const ch of (n as Text).data) {
      const space = /\s/.test(ch);
      if (space && lastSpace) {
        text += '';
        continue;
      }
      text += space ? ' ' : ch;
      lastSpace = space;
    }
  }
  const at = text.indexOf(wanted);
  if (at < 0) return null;
  // Map squashed offsets back to (node, offset) by re-walking each node's characters.
  const locate = (target: number): [Text, number] | null => {
    let pos = 0;
    let space = true;
    for (const node of nodes) {
      const data = node.data;
      for (let i = 0; i < data.length; i++) {
        const isSpace = /\s/.test(data[i]);
        if (isSpace && space) continue;
        if (pos === target) return [node, i];
        pos++;
        space = isSpace;
      }
    }
    return null;
  };
  const a = locate(at);
  const b = locate(at + wanted.length - 1);
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1] + 1);
  return range;
}

let cssAdded = false;

/** Scrolls to and highlights `sentence`; true when it was found. */
export function showEvidence(doc: Document, sentence: string): boolean {
  const range = findTextRange(doc, doc.body, sentence);
  if (!range) return false;
  const el = range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightCtor = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (highlights && HighlightCtor) {
    if (!cssAdded) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd33d; color: #111; }`);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      cssAdded = true;
    }
    highlights.set(HIGHLIGHT_NAME, new HighlightCtor(range));
  } else {
    const sel = doc.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
  }
  return true;
}

export function clearEvidence(): void {
  (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights?.delete(HIGHLIGHT_NAME);
}
