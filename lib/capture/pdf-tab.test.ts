import { describe, expect, it } from 'vitest';
import { isPdfAddress, pdfCapture, pdfFileName } from './pdf-tab';

describe('a tab showing a PDF', () => {
  it('is told by a web address whose path names a .pdf file', () => {
    expect(isPdfAddress('https://arxiv.org/pdf/2401.00001.PDF')).toBe(true);
    expect(isPdfAddress('http://example.com/a.pdf?download=1#page=2')).toBe(true);
    expect(isPdfAddress('https://example.com/a.pdf.html')).toBe(false);
    expect(isPdfAddress('file:///home/me/a.pdf')).toBe(false);
    expect(isPdfAddress('chrome-extension://abc/a.pdf')).toBe(false);
    expect(isPdfAddress('not a url.pdf')).toBe(false);
    expect(isPdfAddress(null)).toBe(false);
  });

  it('names the file from its address, safely', () => {
    expect(pdfFileName('https://example.com/papers/My%20Paper.pdf')).toBe('My Paper.pdf');
    expect(pdfFileName('https://example.com/dl/%2F..%5Cx')).toBe('..x.pdf');
    expect(pdfFileName('https://example.com/')).toBe('document.pdf');
  });

  it('takes the tab’s title, else the file name, and says when the file stays a link', () => {
    const url = 'https://example.com/papers/paper.pdf';
    const titled = pdfCapture({ url, title: 'Attention Is All You Need' }, 'bookmark', false);
    expect(titled.metadata.title).toBe('Attention Is All You Need');
    expect(titled.report.items).toEqual([]);
    expect(titled.blocks).toEqual([{ type: 'pdf', pdf: { type: 'external', external: { url } } }]);
    // Chromium titles an untitled PDF by its address.
    const untitled = pdfCapture({ url, title: url }, 'bookmark', true);
    expect(untitled.metadata.title).toBe('paper.pdf');
    expect(untitled.report.items).toEqual([{ kind: 'pdf_linked', count: 1 }]);
  });
});
