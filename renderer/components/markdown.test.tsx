// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { InlineMarkdown, markdownWords } from './markdown';

afterEach(cleanup);

describe('markdown in one line', () => {
  it('formats code spans instead of showing backticks, and shows links as words', () => {
    const { container } = render(<InlineMarkdown text={'Sort by `id asc` or **name**; see [the guide](https://developer.hpe.com).\n\nOnly one field.'} />);
    expect(container.textContent).not.toContain('`');
    expect(container.textContent).not.toContain('**');
    expect(container.querySelector('code')?.textContent).toBe('id asc');
    expect(container.querySelector('strong')?.textContent).toBe('name');
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent?.replace(/\s+/g, ' ').trim()).toBe('Sort by id asc or name; see the guide. Only one field.');
  });

  it('gives the plain words for a tooltip', () => {
    expect(markdownWords('Sort by `id asc`, see [the guide](https://x.example).')).toBe('Sort by id asc, see the guide.');
  });
});
