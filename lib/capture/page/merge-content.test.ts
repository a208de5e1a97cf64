import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../tests/golden/corpus';
import { contentUnits, mergeContent } from './merge-content';
import { readableText } from './readable-text';

const body = (html: string) => parseDocument(`<html><body>${html}</body></html>`).body;
const lines = (root: Element) => readableText(root).split('\n');

describe('merging what only the second extractor found', () => {
  it('puts a lead paragraph left outside the first content at the start', () => {
    const primary = body('<p>Second paragraph of the story.</p><p>Third and last one here.</p>');
    const secondary = body(
      '<div><p>The lead that sums the story up.</p><p>Second paragraph of the story.</p><p>Third and last one here.</p></div>',
    );
    expect(mergeContent(primary, secondary)).toBe(1);
    expect(lines(primary)).toEqual([
      'The lead that sums the story up.',
      'Second paragraph of the story.',
      'Third and last one here.',
    ]);
  });

  it('puts a missing piece after the one it follows, out of the list that piece is in', () => {
    const primary = body(
      '<h2>Steps to follow</h2><ul><li>Open the lid first</li><li>Pour the water in</li></ul><p>Serve it warm to everyone.</p>',
    );
    const secondary = body(
      '<h2>Steps to follow</h2><ul><li>Open the lid first</li><li>Pour the water in</li></ul><p>A note the first one left out.</p><p>Serve it warm to everyone.</p>',
    );
    mergeContent(primary, secondary);
    expect(lines(primary)).toEqual([
      'Steps to follow',
      'Open the lid first',
      'Pour the water in',
      'A note the first one left out.',
      'Serve it warm to everyone.',
    ]);
    expect(primary.querySelector('ul')!.children).toHaveLength(2);
  });

  it('adds a list item as a list, not a stray item', () => {
    const primary = body('<p>Things people said about it below.</p>');
    const secondary = body(
      '<p>Things people said about it below.</p><ul><li>Alan wrote on Monday: nice work</li></ul>',
    );
    mergeContent(primary, secondary);
    expect(primary.querySelector('ul > li')?.textContent).toBe('Alan wrote on Monday: nice work');
  });

  it('adds nothing when every piece is there, however the words are wrapped', () => {
    const primary = body(
      '<div>The same sentence, <b>marked up</b> differently.</div><p>Another.</p>',
    );
    const secondary = body('<p>The same sentence, marked up differently.</p><p>Another.</p>');
    expect(mergeContent(primary, secondary)).toBe(0);
  });

  it('does not take a sentence as present because its common words occur elsewhere', () => {
    const primary = body(
      '<p>It is the most complete guide for the web and for the people who build it to know.</p>',
    );
    const secondary = body(
      '<p>Get to know the features that make it the most complete browser.</p><p>It is the most complete guide for the web and for the people who build it to know.</p>',
    );
    expect(mergeContent(primary, secondary)).toBe(1);
    expect(lines(primary)[0]).toBe(
      'Get to know the features that make it the most complete browser.',
    );
  });

  it('never adds a piece that has no words, so an image is not doubled', () => {
    const primary = body('<p>Caption-less story text goes here.</p>');
    const secondary = body(
      '<figure><img src="a.jpg"></figure><p>Caption-less story text goes here.</p>',
    );
    expect(mergeContent(primary, secondary)).toBe(0);
  });

  it('reads a table or a figure as one piece and a text-only container as one', () => {
    const root = body(
      '<section><div>Loose text in a div</div><table><tr><td><p>cell</p></td></tr></table><figure><img src="x.png"><figcaption>Cap</figcaption></figure></section>',
    );
    expect(contentUnits(root).map((el) => el.localName)).toEqual(['div', 'table', 'figure']);
  });

  it('adds a figure whose words were missing without doubling a picture already shown', () => {
    const primary = body('<figure><img src="a.jpg"></figure><p>Story text that both have.</p>');
    const secondary = body(
      '<figure><img src="a.jpg"><figcaption>Credit Ted and Chelsea Cavanaugh</figcaption></figure><p>Story text that both have.</p>',
    );
    expect(mergeContent(primary, secondary)).toBe(1);
    expect(primary.querySelectorAll('img')).toHaveLength(1);
    expect(lines(primary)).toContain('Credit Ted and Chelsea Cavanaugh');
  });
});
