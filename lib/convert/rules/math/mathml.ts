// MathML → LaTeX for math that arrives without its source (MathJax and Firefox render
// MathML directly; KaTeX and Wikipedia keep the TeX in an annotation, preferred by
// `math.ts`). Covers presentation MathML as pages emit it; anything unknown keeps its text.

// prettier-ignore
const SYMBOLS: Record<string, string> = {
  'α': '\\alpha', 'β': '\\beta', 'γ': '\\gamma', 'δ': '\\delta', 'ε': '\\epsilon', 'ϵ': '\\epsilon',
  'ζ': '\\zeta', 'η': '\\eta', 'θ': '\\theta', 'ϑ': '\\vartheta', 'ι': '\\iota', 'κ': '\\kappa',
  'λ': '\\lambda', 'μ': '\\mu', 'ν': '\\nu', 'ξ': '\\xi', 'π': '\\pi', 'ϖ': '\\varpi', 'ρ': '\\rho',
  'σ': '\\sigma', 'ς': '\\varsigma', 'τ': '\\tau', 'υ': '\\upsilon', 'φ': '\\phi', 'ϕ': '\\phi',
  'χ': '\\chi', 'ψ': '\\psi', 'ω': '\\omega', 'Γ': '\\Gamma', 'Δ': '\\Delta', 'Θ': '\\Theta',
  'Λ': '\\Lambda', 'Ξ': '\\Xi', 'Π': '\\Pi', 'Σ': '\\Sigma', 'Υ': '\\Upsilon', 'Φ': '\\Phi',
  'Ψ': '\\Psi', 'Ω': '\\Omega', '≠': '\\neq', '≤': '\\leq', '≥': '\\geq', '±': '\\pm', '∓': '\\mp',
  '×': '\\times', '÷': '\\div', '⋅': '\\cdot', '·': '\\cdot', '∗': '\\ast', '∘': '\\circ',
  '∑': '\\sum', '∏': '\\prod', '∫': '\\int', '∬': '\\iint', '∮': '\\oint', '∞': '\\infty',
  '∂': '\\partial', '∇': '\\nabla', '∈': '\\in', '∉': '\\notin', '∋': '\\ni', '⊂': '\\subset',
  '⊃': '\\supset', '⊆': '\\subseteq', '⊇': '\\supseteq', '∪': '\\cup', '∩': '\\cap',
  '∅': '\\emptyset', '∀': '\\forall', '∃': '\\exists', '¬': '\\neg', '∧': '\\wedge', '∨': '\\vee',
  '→': '\\to', '←': '\\leftarrow', '↔': '\\leftrightarrow', '⇒': '\\Rightarrow',
  '⇐': '\\Leftarrow', '⇔': '\\Leftrightarrow', '↦': '\\mapsto', '≈': '\\approx', '≡': '\\equiv',
  '∼': '\\sim', '≅': '\\cong', '∝': '\\propto', '⊥': '\\perp', '∥': '\\parallel', '∠': '\\angle',
  '…': '\\ldots', '⋯': '\\cdots', '⋮': '\\vdots', '⋱': '\\ddots', '−': '-', '′': "'", '″': "''",
  'ℝ': '\\mathbb{R}', 'ℕ': '\\mathbb{N}', 'ℤ': '\\mathbb{Z}', 'ℚ': '\\mathbb{Q}', 'ℂ': '\\mathbb{C}',
  'ℓ': '\\ell', 'ℏ': '\\hbar', '⟨': '\\langle', '⟩': '\\rangle', '⌊': '\\lfloor', '⌋': '\\rfloor',
  '⌈': '\\lceil', '⌉': '\\rceil', '{': '\\{', '}': '\\}', '%': '\\%', '#': '\\#', '&': '\\&',
  '⊕': '\\oplus', '⊗': '\\otimes', '†': '\\dagger', '∖': '\\setminus', '≪': '\\ll', '≫': '\\gg',
};

const FUNCTIONS = new Set([
  'sin',
  'cos',
  'tan',
  'cot',
  'sec',
  'csc',
  'log',
  'ln',
  'exp',
  'lim',
  'max',
  'min',
  'sup',
  'inf',
  'det',
  'arg',
  'deg',
  'dim',
  'gcd',
  'ker',
  'sinh',
  'cosh',
  'tanh',
  'arcsin',
  'arccos',
  'arctan',
  'Pr',
  'hom',
  'lg',
]);

// prettier-ignore
const ACCENTS: Record<string, string> = {
  '^': '\\hat', 'ˆ': '\\hat', '¯': '\\bar', '‾': '\\overline', '˙': '\\dot', '¨': '\\ddot',
  '→': '\\vec', '⃗': '\\vec', '~': '\\tilde', '˜': '\\tilde', '⏞': '\\overbrace', '⏟': '\\underbrace',
  '_': '\\underline',
};

function symbols(text: string): string {
  return [...text].map((ch) => SYMBOLS[ch] ?? ch).join(' ');
}

function token(el: Element): string {
  const text = (el.textContent ?? '').trim();
  const tag = el.localName;
  if (tag === 'mtext') return text ? `\\text{${text.replace(/[{}\\]/g, '')}}` : '';
  if (tag === 'mi' && text.length > 1 && !SYMBOLS[text])
    return FUNCTIONS.has(text) ? `\\${text}` : `\\mathrm{${text}}`;
  if (tag === 'ms') return `\\text{"${text}"}`;
  return symbols(text);
}

const group = (tex: string) => `{${tex}}`;

/** LaTeX for one MathML element (and what it contains). */
export function mathmlToLatex(el: Element): string {
  const kids = [...el.children];
  const at = (i: number) => (kids[i] ? mathmlToLatex(kids[i]) : '');
  const all = () => kids.map(mathmlToLatex).join(' ');
  switch (el.localName) {
    case 'mi':
    case 'mn':
    case 'mo':
    case 'mtext':
    case 'ms':
      return token(el);
    case 'mspace':
      return '\\ ';
    case 'semantics':
      return at(0);
    case 'annotation':
    case 'annotation-xml':
    case 'none':
    case 'mprescripts':
      return '';
    case 'mfrac':
      return `\\frac${group(at(0))}${group(at(1))}`;
    case 'msqrt':
      return `\\sqrt${group(all())}`;
    case 'mroot':
      return `\\sqrt[${at(1)}]${group(at(0))}`;
    case 'msup':
      return `${group(at(0))}^${group(at(1))}`;
    case 'msub':
      return `${group(at(0))}_${group(at(1))}`;
    case 'msubsup':
    case 'munderover':
      return `${group(at(0))}_${group(at(1))}^${group(at(2))}`;
    case 'munder': {
      const accent = ACCENTS[(kids[1]?.textContent ?? '').trim()];
      return accent ? `${accent}${group(at(0))}` : `\\underset${group(at(1))}${group(at(0))}`;
    }
    case 'mover': {
      const accent = ACCENTS[(kids[1]?.textContent ?? '').trim()];
      return accent ? `${accent}${group(at(0))}` : `\\overset${group(at(1))}${group(at(0))}`;
    }
    case 'mfenced': {
      const open = el.getAttribute('open') ?? '(';
      const close = el.getAttribute('close') ?? ')';
      const sep = el.getAttribute('separators') ?? ',';
      return `\\left${fence(open)} ${kids.map(mathmlToLatex).join(`${sep.trim()[0] ?? ''} `)} \\right${fence(close)}`;
    }
    case 'menclose':
      return `\\boxed${group(all())}`;
    case 'mtable':
      return `\\begin{matrix} ${kids.map(mathmlToLatex).join(' \\\\ ')} \\end{matrix}`;
    case 'mtr':
    case 'mlabeledtr':
      return kids.map(mathmlToLatex).join(' & ');
    default:
      return all();
  }
}

function fence(ch: string): string {
  if (ch === '') return '.';
  if (ch === '{' || ch === '}') return `\\${ch}`;
  return SYMBOLS[ch] && ch !== '{' ? SYMBOLS[ch] : ch;
}

/** Tidies converter output: single spaces, none just inside braces. */
export function tidyLatex(tex: string): string {
  return tex.replace(/\s+/g, ' ').replace(/\{ /g, '{').replace(/ \}/g, '}').trim();
}
