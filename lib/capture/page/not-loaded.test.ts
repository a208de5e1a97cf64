import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../tests/golden/corpus';
import { countClosedMore } from './not-loaded';

const count = (body: string) => countClosedMore(parseDocument(`<html><body>${body}</body></html>`));

describe('parts of a page not loaded', () => {
  it('counts in-page “Read more” controls still closed, in English and Korean', () => {
    expect(
      count(
        '<article><p>Start…</p><button>Read more</button><a href="#">Show full text</a><span role="button">더 보기</span></article>',
      ),
    ).toBe(3);
  });

  it('leaves out opened ones, links to other pages and the site’s own menus', () => {
    expect(
      count(
        [
          '<button aria-expanded="true">Read more</button>',
          '<a href="/next-story">Read more</a>',
          '<nav><button>Show more</button></nav>',
          '<footer><a href="#">See more</a></footer>',
          '<button>Subscribe</button>',
          '<button>Read more about our privacy policy and the cookies we set on this site</button>',
        ].join(''),
      ),
    ).toBe(0);
  });

  it('counts a control once when its label is a control too', () => {
    expect(count('<button><span role="button">Continue reading</span></button>')).toBe(1);
  });
});
